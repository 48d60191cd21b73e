/**
 * The local what-if dashboard of {@code cpolens serve}: a Javalin server with a JSON API under
 * {@code /api/} and one page that calls it. The API runs the same engine as the CLI (scenario
 * loader, evaluator, views); bad parameters get HTTP 400 with {error, field, value, hint}.
 *
 * <p>The server is bounded: expensive requests pass a {@link org.cpolens.web.RequestGate} (a few
 * workers, a short line and a memory budget, see {@link org.cpolens.web.ServerLimits}; 503 with
 * Retry-After beyond them) and are dropped or stopped when their client hangs up
 * ({@link org.cpolens.web.ClientProbe}); every error has a JSON body; a server bound to this machine
 * answers only requests addressed to it ({@link org.cpolens.web.HostCheck}).
 */
package org.cpolens.web;
