/**
 * The upload pipeline the studio's image fields share (the logo now; portraits and images
 * in texts next): the route handler checks who may upload what before it decodes anything,
 * processes the file (modules/media/process.ts), stores it, and records it through an action.
 */
import "server-only";
import { z } from "zod";
import { createAsset, getAsset, getAssetByKey } from "./queries/assets";
import { audit } from "@/modules/audit";
import type { Executor } from "@/db/executor";
import { actionSpec } from "@/lib/action";
import { UserFacingError } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import type { Action } from "@/lib/permissions";
import { STORAGE_KEY } from "./storage";

export type UploadPurpose = { permission: Action; folder: string; box: { width: number; height: number } };

/** What can be uploaded, who may, and how large it is kept (twice the largest display size). */
export const UPLOAD_PURPOSES = {
  logo: { permission: "settings.manage", folder: "logos", box: { width: 640, height: 240 } },
  // Images in texts show at most 760 px wide in the article column.
  content: { permission: "interview.edit", folder: "content", box: { width: 1600, height: 1600 } },
  portrait: { permission: "people.manage", folder: "portraits", box: { width: 1600, height: 2000 } },
  // A work universe's picture fills its page's header, at most about 800 px wide.
  universe: { permission: "taxonomy.manage", folder: "universes", box: { width: 1600, height: 1600 } },
  social: { permission: "interview.edit", folder: "social", box: { width: 1200, height: 1200 } },
} as const satisfies Record<string, UploadPurpose>;

export type UploadedImage = { id: string; src: string; width: number; height: number };

/** Records a processed, stored image as an asset (once per content), audited. */
export function recordImageSpec(purpose: keyof typeof UPLOAD_PURPOSES) {
  return actionSpec({
    name: `upload.${purpose}`,
    input: z.object({
      key: z.string().regex(STORAGE_KEY),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      bytes: z.number().int().positive(),
    }),
    permission: UPLOAD_PURPOSES[purpose].permission,
    run: async ({ key, width, height, bytes }, { user, tx }): Promise<UploadedImage> => {
      const asset =
        (await getAssetByKey(key, tx)) ??
        (await createAsset({ storageKey: key, mimeType: "image/webp", width, height, bytes, variants: [], createdBy: user.id }, tx));
      await audit({ actorUserId: user.id, action: "asset.upload", entityType: "asset", entityId: asset.id, details: { purpose } }, tx);
      return { id: asset.id, src: `/api/media/${asset.storageKey}`, width: asset.width, height: asset.height };
    },
  });
}

/** Refuses, at its field, an image that was chosen but is gone by the time the form is saved. */
export async function assertImageExists(assetId: string | null, field: string, tx?: Executor): Promise<void> {
  if (assetId && !(await getAsset(assetId, tx))) {
    throw new UserFacingError(
      msg("Dieses Bild gibt es nicht mehr. Bitte lade es noch einmal hoch.", "This image no longer exists. Please upload it again."),
      field,
    );
  }
}
