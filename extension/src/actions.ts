/**
 * Quick fixes for nhilint diagnostics: move the value to an environment variable (+ `.env`), the rule's own
 * fixes (generic: any `finding.fixes`, snippet or not), suppress with a reason, add to the baseline. Every edit
 * to the document is one WorkspaceEdit (one undo) built against the version the finding came from; a stale
 * version gets no actions until the rescan lands.
 */
import * as vscode from 'vscode';
import type { Finding } from '@nhilint/rules';
import type { DocState, Linter } from './extension.js';
import { diagnosticKey, SOURCE } from './diagnostics.js';
import { defaultEnvName, planEnvMove, validateEnvName, type OffsetEdit } from './env.js';
import { commentSyntax, suppressionInsertion } from './suppress.js';
import { ruleFixActions } from './fixes.js';

const MOVE = 'nhilint.moveToEnv';
const BASELINE = 'nhilint.addToBaseline';

function rangeOf(doc: vscode.TextDocument, e: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end));
}

export function registerActions(context: vscode.ExtensionContext, linter: Linter): void {
  const stateFor = (doc: vscode.TextDocument): DocState | undefined => {
    const s = linter.docs.get(doc.uri.toString());
    return s && s.version === doc.version ? s : undefined;
  };

  const provider: vscode.CodeActionProvider = {
    provideCodeActions(doc, _range, ctx) {
      const state = stateFor(doc);
      if (!state) return [];
      const actions: vscode.CodeAction[] = [];
      const seen = new Set<Finding>();
      for (const d of ctx.diagnostics) {
        if (d.source !== SOURCE) continue;
        const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
        const f = state.byKey.get(
          diagnosticKey(code, { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } }),
        );
        if (!f || seen.has(f)) continue;
        seen.add(f);
        actions.push(...actionsFor(doc, state, f, d));
      }
      return actions;
    },
  };

  function actionsFor(doc: vscode.TextDocument, state: DocState, f: Finding, d: vscode.Diagnostic): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const envFile = linter.settings.envFile;
    // 1. Move to an environment variable: offered only when a plan exists for the default name and there is a
    //    folder whose .env can take the value.
    const folder = linter.folderOf(doc.uri);
    const probe = folder && planEnvMove(doc.getText(), f, doc.languageId, state.path, defaultEnvName(f));
    let preferredTaken = false;
    if (probe?.ok) {
      const a = new vscode.CodeAction(`Move the secret to ${envFile} and read ${probe.plan.reference}`, vscode.CodeActionKind.QuickFix);
      a.command = { title: a.title, command: MOVE, arguments: [doc.uri, doc.version, f.start, f.end, f.ruleId] };
      a.diagnostics = [d];
      a.isPreferred = true;
      preferredTaken = true;
      out.push(a);
    }
    // 2. The rule's own fixes, whatever they are.
    for (const fix of ruleFixActions(f, preferredTaken)) {
      const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      a.edit = new vscode.WorkspaceEdit();
      a.edit.set(
        doc.uri,
        fix.edits.map((e) =>
          e.snippet ? new vscode.SnippetTextEdit(rangeOf(doc, e), new vscode.SnippetString(e.newText)) : vscode.TextEdit.replace(rangeOf(doc, e), e.newText),
        ),
      );
      a.diagnostics = [d];
      a.isPreferred = fix.preferred;
      preferredTaken ||= fix.preferred;
      out.push(a);
    }
    // 3. Suppress with a reason, in the file's comment syntax; the cursor lands on the reason.
    const syntax = commentSyntax(doc.languageId, state.path);
    if (syntax) {
      const ins = suppressionInsertion(doc.getText(), f.start, f.ruleId, syntax);
      const a = new vscode.CodeAction(`Suppress ${f.ruleId} here with a reason (nhilint-ignore)`, vscode.CodeActionKind.QuickFix);
      a.edit = new vscode.WorkspaceEdit();
      a.edit.set(doc.uri, [vscode.SnippetTextEdit.insert(doc.positionAt(ins.offset), new vscode.SnippetString(ins.snippet))]);
      a.diagnostics = [d];
      out.push(a);
    }
    // 4. Baseline: only files in a workspace folder have the path the CLI's baseline keys on.
    if (state.root && doc.uri.scheme === 'file') {
      const a = new vscode.CodeAction(`Add this finding to the baseline (${linter.settings.baselineFile})`, vscode.CodeActionKind.QuickFix);
      a.command = { title: a.title, command: BASELINE, arguments: [doc.uri, doc.version, f.start, f.end, f.ruleId] };
      a.diagnostics = [d];
      out.push(a);
    }
    return out;
  }

  /** The finding an action was made for, if the document has not changed since. */
  function findingFor(uri: vscode.Uri, version: number, start: number, end: number, ruleId: string) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const state = doc && stateFor(doc);
    const f = state?.findings.find((x) => x.start === start && x.end === end && x.ruleId === ruleId);
    if (!doc || !state || !f || doc.version !== version) {
      void vscode.window.showWarningMessage('nhilint: the file changed since the quick fix was offered; try it again.');
      return undefined;
    }
    return { doc, state, f };
  }

  async function moveToEnv(uri: vscode.Uri, version: number, start: number, end: number, ruleId: string): Promise<void> {
    const found = findingFor(uri, version, start, end, ruleId);
    if (!found) return;
    const { doc, state, f } = found;
    const folder = linter.folderOf(doc.uri);
    if (!folder) return;
    const envFile = linter.settings.envFile;
    let name = defaultEnvName(f);
    for (;;) {
      const picked = await vscode.window.showInputBox({
        title: 'nhilint: move the secret to an environment variable',
        prompt: `The value is appended to ${envFile} (kept out of git); the code reads the variable instead.`,
        value: name,
        validateInput: (v) => validateEnvName(v.trim()),
      });
      if (picked === undefined) return;
      name = picked.trim();
      if (doc.version !== version) {
        void vscode.window.showWarningMessage('nhilint: the file changed while the name was chosen; try again.');
        return;
      }
      const planned = planEnvMove(doc.getText(), f, doc.languageId, state.path, name);
      if (!planned.ok) {
        void vscode.window.showWarningMessage(`nhilint: cannot move this value: ${planned.reason}.`);
        return;
      }
      const { plan } = planned;
      // The value is on disk before the literal goes away: if writing fails, the document is left as it was.
      let written;
      try {
        written = await linter.client.request<'envWritten'>({ type: 'writeEnv', root: folder.uri.fsPath, envFile, key: plan.envKey, value: plan.value }).done;
      } catch (e) {
        void vscode.window.showErrorMessage(`nhilint: could not write ${envFile}: ${(e as Error).message}`);
        return;
      }
      if (written.result === 'conflict') {
        void vscode.window.showWarningMessage(`nhilint: ${plan.envKey} is already in ${envFile} with another value; choose another name.`);
        name = `${name}_2`;
        continue;
      }
      const edit = new vscode.WorkspaceEdit();
      for (const e of plan.edits as OffsetEdit[]) edit.replace(doc.uri, rangeOf(doc, e), e.newText);
      const ok = await vscode.workspace.applyEdit(edit);
      linter.log.info(
        `${ok ? 'moved' : 'could not replace'} a ${f.ruleId} value in ${state.path}: ${plan.envKey} ${written.result === 'appended' ? 'appended to' : 'already in'} ${envFile}${written.gitignored ? `; ${envFile} added to .gitignore` : ''}`,
      );
      return;
    }
  }

  async function addToBaseline(uri: vscode.Uri, version: number, start: number, end: number, ruleId: string): Promise<void> {
    const found = findingFor(uri, version, start, end, ruleId);
    if (!found?.state.root) return;
    const { f, state } = found;
    try {
      const r = await linter.client.request<'baselineAdded'>({ type: 'addBaseline', root: state.root!, entries: [{ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path }] }).done;
      linter.log.info(`added a ${f.ruleId} finding in ${f.path} to ${r.file}`);
      linter.schedule(found.doc, 0);
    } catch (e) {
      void vscode.window.showErrorMessage(`nhilint: could not update the baseline: ${(e as Error).message}`);
    }
  }

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }], provider, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    vscode.commands.registerCommand(MOVE, moveToEnv),
    vscode.commands.registerCommand(BASELINE, addToBaseline),
  );
}
