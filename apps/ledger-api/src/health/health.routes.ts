/** The operational HTTP routes; probes, manifests and tests import these rather than repeat the strings. */
export const HEALTH_LIVE_PATH = '/health/live';
export const HEALTH_READY_PATH = '/health/ready';
export const METRICS_PATH = '/metrics';
