import * as vscode from 'vscode';
import { atomicWrite } from '../formats/atomicWrite';

/** Writes a text file through workspace.fs so that a crash leaves the old content or the new, never half (formats/atomicWrite.ts). */
export function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const fs = vscode.workspace.fs;
  const at = (p: string) => uri.with({ path: p });
  const small = {
    writeFile: (p: string, b: Uint8Array) => Promise.resolve(fs.writeFile(at(p), b)),
    rename: (a: string, b: string) => Promise.resolve(fs.rename(at(a), at(b), { overwrite: true })),
    delete: (p: string) => Promise.resolve(fs.delete(at(p))),
  };
  return atomicWrite(small, uri.path, new TextEncoder().encode(text));
}
