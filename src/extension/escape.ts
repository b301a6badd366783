// Text from a file (an article, a sidecar, an import) is data: these turn it into text that VS Code
// shows as written and never as a link. Kept free of the vscode module so that plain mocha tests it.

/**
 * For notifications (showInformationMessage and friends), which turn "[label](command:…)" into a link
 * that runs the command: a zero-width space between "]" and "(" leaves the text as it reads and
 * breaks the link; line breaks become spaces so a message stays one message.
 */
export function messageText(text: string): string {
  return text.replace(/\](\s*)\(/g, ']\u200B$1(').replace(/[\r\n]+/g, ' ');
}

/**
 * For Markdown (hovers, tooltips): every ASCII punctuation character backslash-escaped, which
 * CommonMark reads as that character and nothing else — no emphasis, no "[link](…)", no
 * "<command:…>" autolink, no bare "https://" or "www." link — and line breaks as spaces.
 */
export function markdownText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}
