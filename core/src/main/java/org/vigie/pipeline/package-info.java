/**
 * Wires the stages into one pipeline (clean → annotate → resolve actors → dates → code), built
 * once from a {@link org.vigie.pipeline.PipelineConfig} by {@link
 * org.vigie.pipeline.PipelineFactory}. The only place where stages meet; it holds no linguistic
 * logic of its own.
 */
package org.vigie.pipeline;
