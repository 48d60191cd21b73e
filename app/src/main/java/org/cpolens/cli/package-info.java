/** The command line (picocli): one command per question, each a thin face over the engine. */
package org.cpolens.cli;
