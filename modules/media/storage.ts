import fs from "node:fs/promises";
import path from "node:path";
import { config } from "@/lib/config";

/**
 * Where uploaded and generated files live. Local disk by default; the interface is kept
 * small so that S3-compatible storage can replace it (DESIGN.md §5).
 */
export interface Storage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
}

/** Keys are relative paths of lowercase words, e.g. "portraits/3f2a….webp". */
export const STORAGE_KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)*\.(webp|avif|png|jpe?g)$/;

export function localDiskStorage(root: string): Storage {
  const resolve = (key: string) => {
    if (!STORAGE_KEY.test(key) || key.includes("..")) throw new Error(`Invalid storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temporary, data);
      await fs.rename(temporary, file);
    },
    async get(key) {
      try {
        return await fs.readFile(resolve(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}

export function storage(): Storage {
  return localDiskStorage(config().uploadsDir);
}
