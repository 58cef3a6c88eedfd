import { z } from "zod";

const jobId = z.number().int().positive();

export const publishJobSchema = z.object({ jobId });
export const unpublishJobSchema = z.object({ jobId });
