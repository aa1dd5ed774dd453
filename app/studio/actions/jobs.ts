"use server";

import { defineAction } from "@/lib/action";
import { deleteJobSpec, saveJobSpec } from "@/lib/jobs-admin";

export const saveJob = defineAction(saveJobSpec);
export const deleteJob = defineAction(deleteJobSpec);
