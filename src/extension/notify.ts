// Every notification goes through here, so that text from files (names, quotes, problems found in
// a sidecar or an import) can never form a link that runs a command: see escape.ts.
import * as vscode from 'vscode';
import { messageText } from './escape';

const PREFIX = 'News Annotator: ';
const say = (message: string) =>
  PREFIX + messageText(message.startsWith(PREFIX) ? message.slice(PREFIX.length) : message);

export const notify = {
  info: (message: string, ...actions: string[]) => vscode.window.showInformationMessage(say(message), ...actions),
  warn: (message: string, ...actions: string[]) => vscode.window.showWarningMessage(say(message), ...actions),
  error: (message: string, ...actions: string[]) => vscode.window.showErrorMessage(say(message), ...actions),
  /** a modal question with one action; resolves to whether the user chose it */
  confirm: async (message: string, action: string) =>
    (await vscode.window.showWarningMessage(say(message), { modal: true }, action)) === action,
};
