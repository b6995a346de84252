// The thread that draws a build's social images (socialImage.ts, drawOnThread): it draws the jobs it was
// started with into the image cache and ends; a failure ends it with that error.
import { workerData } from 'node:worker_threads';
import { drawIntoCache, type DrawingJob } from './socialImage.ts';

await drawIntoCache(workerData as DrawingJob[]);
