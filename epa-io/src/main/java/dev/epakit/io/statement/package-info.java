/**
 * Result statements as documents to send to the apprentice, employer and training provider: plain
 * text, Markdown, self-contained HTML and JSON ({@link dev.epakit.io.statement.StatementDocument}),
 * with the EPAO's own wording of how to appeal ({@link dev.epakit.io.statement.StatementSettings}).
 */
package dev.epakit.io.statement;
