// What view/ may know of the analysis, handed on by the state layer (view/ never imports
// analysis/ itself): the result's types, the metric registry for pickers, legends and tables, and the
// plain-words summary of what an analysis counted.
export { METRICS } from '../analysis/metrics';
export { describeAnalysis } from '../analysis/summaryText';
export type { MetricDescriptor, MetricKey, NodeMetrics } from '../analysis/metrics';
export type { AnalysisResult } from '../analysis/analyze';
