/**
 * JMH benchmarks, apart from the library. Build with {@code mvn -B -DskipTests package}, run with
 * {@code java -jar benchmarks/target/benchmarks.jar [regex]}. They never gate CI on time.
 */
package org.cpolens.bench;
