export { runJobOnce, startJobs } from './jobs.ts';
export type { Job, JobContext, JobLogger } from './jobs.ts';
