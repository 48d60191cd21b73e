/**
 * The local what-if dashboard of {@code cpolens serve}: a Javalin server with a JSON API under
 * {@code /api/} and one page that calls it. The API runs the same engine as the CLI (scenario
 * loader, evaluator, views); bad parameters get HTTP 400 with {error, field, value, hint}.
 */
package org.cpolens.web;
