import * as vscode from 'vscode';
import type { AnnotatedDocument } from '../core';
import { AnnotationService } from './annotationService';
import { registerDecorations, type Category } from './decorations';
import { registerHover } from './hover';

/** What integration tests read to assert on what the extension shows. */
export interface NewsAnnotatorApi {
  annotationsOf(document: vscode.TextDocument): AnnotatedDocument | undefined;
  decorationsOf(uri: vscode.Uri): Record<Category, vscode.Range[]> | undefined;
  /** resolves once pending re-annotation of the document has run */
  refresh(document: vscode.TextDocument): AnnotatedDocument | undefined;
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const service = new AnnotationService();
  context.subscriptions.push(service);
  const decorations = registerDecorations(context, service);
  registerHover(context, service);
  return {
    annotationsOf: (d) => service.get(d),
    decorationsOf: (uri) => decorations.get(uri),
    refresh: (d) => service.refresh(d),
  };
}

export function deactivate(): void {}
