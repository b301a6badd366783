// Writes a file so that a crash at any moment leaves either the old content or the new one, never
// a half-written file: the bytes go to a temporary file beside the target, which is then renamed
// over it (a rename within one folder is atomic on the file systems VS Code runs on).

export interface SmallFs {
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
}

export async function atomicWrite(fs: SmallFs, path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  await fs.writeFile(tmp, bytes);
  try {
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.delete(tmp).catch(() => undefined);
    throw e;
  }
}
