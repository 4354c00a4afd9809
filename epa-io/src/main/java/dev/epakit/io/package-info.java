/**
 * Files of EPA Kit: assessment plans (YAML and JSON) with diagnostics that give file, line and
 * column; journeys; results and ratings (CSV). Readers never throw on bad input: every problem
 * becomes a diagnostic, all of them at once.
 */
package dev.epakit.io;
