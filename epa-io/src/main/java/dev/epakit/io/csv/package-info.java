/**
 * CSV that EPA Kit writes for people to open in a spreadsheet: {@link
 * dev.epakit.io.csv.SpreadsheetCsv} quotes per RFC 4180 and neutralises text that a spreadsheet
 * would run as a formula (CSV injection), while numbers stay numbers. Immutable and thread-safe.
 */
package dev.epakit.io.csv;
