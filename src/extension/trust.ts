// Restricted Mode (an untrusted workspace): the manifest declares "limited" support. Reading and
// showing work everywhere; what writes or reads other files (sidecars, exports, imports) needs trust.
import * as vscode from 'vscode';
import { notify } from './notify';

/** Whether files may be written or imported here; says why not when they may not. */
export function trustedFor(action: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void notify
    .warn(
      `${action} needs a trusted workspace: this one is in Restricted Mode. Use "Workspaces: Manage Workspace Trust" to trust it.`,
      'Manage Workspace Trust',
    )
    .then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  return false;
}
