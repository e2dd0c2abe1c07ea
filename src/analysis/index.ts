// The analysis core's public surface: what the worker, the CLI and the UI's state layer import.
export { analyzeDataset, analyzeGraph } from './analyze';
export type { AnalysisProgress, AnalysisResult, GraphSummary } from './analyze';
export type { BrokerageRoles } from './brokerage';
export type { CommunityInfo } from './communities';
export { AnalysisError } from './errors';
export type { Insight } from './insights';
export { METRICS, metricValue } from './metrics';
export type { MetricDescriptor, MetricKey, NodeMetrics } from './metrics';
export { handleAnalysisRequest } from './analysisMessages';
export { describeAnalysis } from './summaryText';
export type { SummaryText } from './summaryText';
export type { AnalysisRequest, AnalysisResponse } from './analysisMessages';
