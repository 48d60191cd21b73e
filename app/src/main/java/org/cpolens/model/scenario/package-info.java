/** A runnable scenario: the cluster, the fabric request, the architectures to compare. */
package org.cpolens.model.scenario;
