/**
 * Activation and wiring: documents are scanned by the worker on open, on edit (debounced, a newer edit makes
 * an older result stale) and on save; findings become diagnostics, hovers and code actions. No detection logic
 * lives here, and nothing that reaches the output channel comes from the scanned text.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Finding } from '@nhilint/rules';
import { ScanClient } from './client.js';
import { diagnosticKey, SOURCE, toDiagnostic, type DiagnosticData } from './diagnostics.js';
import { hoverMarkdown } from './hover.js';
import { commentSyntax } from './suppress.js';
import { relativeTo, untitledPath } from './paths.js';
import { readSettings, type Settings } from './settings.js';
import { registerActions } from './actions.js';
import { Scheduler } from './schedule.js';
import type { Response } from './protocol.js';

/** What the code-action and hover providers need about a scanned document. */
export interface DocState {
  version: number;
  /** Path the document was scanned under (relative to its folder). */
  path: string;
  root: string | undefined;
  findings: Finding[];
  byKey: Map<string, Finding>;
}

const SCHEMES = new Set(['file', 'untitled']);
const SEVERITY: Record<DiagnosticData['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class Linter implements vscode.Disposable {
  settings: Settings = readSettings();
  readonly docs = new Map<string, DocState>();
  readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  readonly log = vscode.window.createOutputChannel('nhilint', { log: true });
  readonly client: ScanClient;
  private descriptions = new Map<string, string>();
  /** Findings of files the workspace scan saw that are not open (open ones show their buffer). */
  private readonly workspaceFindings = new Map<string, Finding[]>();
  private workspaceScanned = false;
  private configured: Promise<void> = Promise.resolve();
  private crashes = 0;
  private readonly status = vscode.window.createStatusBarItem('nhilint.count', vscode.StatusBarAlignment.Left, 50);

  constructor(readonly context: vscode.ExtensionContext) {
    this.client = new ScanClient(path.join(context.extensionPath, 'dist', 'worker.js'), (m) => {
      this.log.error(m);
      // A new worker starts without config or baseline; a few restarts at most, never a crash loop.
      if (++this.crashes <= 3) void this.refresh('scan worker restarted');
    });
    this.status.name = 'nhilint findings';
    this.status.command = 'workbench.actions.view.problems';
  }

  dispose(): void {
    this.scheduler.dispose();
    this.client.dispose();
    this.collection.dispose();
    this.status.dispose();
    this.log.dispose();
  }

  folderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return uri.scheme === 'file' ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
  }

  /** The path a document is scanned under, as the CLI would name it. */
  scanPath(doc: vscode.TextDocument): { root: string | undefined; path: string } {
    if (doc.uri.scheme === 'untitled') {
      return { root: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, path: untitledPath(doc.uri.path, doc.languageId) };
    }
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const rel = folder ? relativeTo(folder.uri.fsPath, doc.uri.fsPath) : undefined;
    return rel ? { root: folder!.uri.fsPath, path: rel } : { root: undefined, path: doc.uri.fsPath.replace(/\\/g, '/') };
  }

  reconfigure(reason: string): Promise<void> {
    const s = this.settings;
    const { done } = this.client.request<'configured'>({
      type: 'configure',
      settings: {
        folders: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => ({ root: f.uri.fsPath })),
        trusted: vscode.workspace.isTrusted,
        baselineFile: s.baselineFile,
        maxFileSize: s.maxFileSize,
      },
    });
    this.configured = done.then(
      (r) => {
        this.descriptions = new Map(r.rules.map((x) => [x.id, x.description]));
        this.log.info(`configured (${reason}); workspace ${vscode.workspace.isTrusted ? 'trusted' : 'untrusted'}`);
        for (const n of r.notes) this.log.info(n);
        for (const e of r.errors) {
          this.log.warn(e);
          void vscode.window.showWarningMessage(`nhilint: ${e.split('\n')[0]}`, 'Show Output').then((pick) => pick && this.log.show(true));
        }
      },
      (e: Error) => this.log.error(`configuration failed: ${e.message}`),
    );
    return this.configured;
  }

  /** Re-reads config and baseline, then rescans what is open (and the workspace, if it was scanned). */
  async refresh(reason: string): Promise<void> {
    this.settings = readSettings();
    await this.reconfigure(reason);
    if (!this.settings.enable) {
      this.collection.clear();
      this.docs.clear();
      this.workspaceFindings.clear();
      this.updateStatus();
      return;
    }
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
    if (this.workspaceScanned) void this.scanWorkspace(vscode.ProgressLocation.Window);
  }

  wants(doc: vscode.TextDocument): boolean {
    return this.settings.enable && SCHEMES.has(doc.uri.scheme);
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    if (!this.wants(doc)) return;
    this.openDocs.set(doc.uri.toString(), doc);
    this.scheduler.schedule(doc.uri.toString(), delay);
  }

  private readonly openDocs = new Map<string, vscode.TextDocument>();
  private readonly scheduler = new Scheduler<{ root: string | undefined; path: string; r: Extract<Response, { type: 'scanned' }> }>({
    version: (key) => {
      const doc = this.openDocs.get(key);
      return doc && !doc.isClosed && this.wants(doc) ? doc.version : undefined;
    },
    run: async (key) => {
      const doc = this.openDocs.get(key)!;
      const { root, path: scanPath } = this.scanPath(doc);
      await this.configured;
      const r = await this.client.request<'scanned'>({ type: 'scanText', root, path: scanPath, text: doc.getText(), untitled: doc.uri.scheme === 'untitled' }).done;
      return { root, path: scanPath, r };
    },
    apply: (key, version, { root, path: scanPath, r }) => {
      const doc = this.openDocs.get(key)!;
      for (const n of r.notices) this.log.info(`${scanPath}: ${n.reason}`);
      this.log.trace(`scanned ${scanPath} v${version} in ${r.ms.toFixed(1)} ms: ${r.findings.length} finding(s)${r.baselined ? `, ${r.baselined} in the baseline` : ''}${r.ignored ? ' (ignored path)' : ''}`);
      this.publish(doc.uri, { version, path: scanPath, root, findings: r.findings, byKey: new Map() });
    },
    failed: (key, e) => this.log.error(`scan of ${this.openDocs.get(key)?.uri.fsPath ?? 'a document'} failed: ${(e as Error).message}`),
  });

  private toDiagnostics(findings: Finding[], byKey?: Map<string, Finding>): vscode.Diagnostic[] {
    const out: vscode.Diagnostic[] = [];
    for (const f of findings) {
      const d = toDiagnostic(f, this.settings.severity, this.descriptions.get(f.ruleId));
      if (!d) continue;
      const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
      const diag = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
      diag.source = d.source;
      diag.code = { value: d.code, target: vscode.Uri.parse(d.href) };
      byKey?.set(diagnosticKey(d.code, d.range), f);
      out.push(diag);
    }
    return out;
  }

  publish(uri: vscode.Uri, state: DocState): void {
    this.docs.set(uri.toString(), state);
    this.collection.set(uri, this.toDiagnostics(state.findings, state.byKey));
    this.updateStatus();
  }

  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.scheduler.cancel(key);
    this.openDocs.delete(key);
    this.docs.delete(key);
    // A closed file keeps what the workspace scan found on disk, rescanned so it matches what was saved.
    if (this.workspaceScanned && doc.uri.scheme === 'file') this.rescanFromDisk(doc.uri);
    else this.collection.delete(doc.uri);
    this.updateStatus();
  }

  private rescanFromDisk(uri: vscode.Uri): void {
    void vscode.workspace.fs.readFile(uri).then(async (bytes) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const rel = folder && relativeTo(folder.uri.fsPath, uri.fsPath);
      if (!folder || !rel || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
      const r = await this.client.request<'scanned'>({ type: 'scanText', root: folder.uri.fsPath, path: rel, text: new TextDecoder().decode(bytes) }).done;
      this.workspaceFindings.set(uri.toString(), r.findings);
      this.collection.set(uri, this.toDiagnostics(r.findings));
      this.updateStatus();
    }, () => this.collection.delete(uri));
  }

  updateStatus(): void {
    if (!this.settings.enable) return this.status.hide();
    let count = 0;
    let files = 0;
    this.collection.forEach((_uri, diags) => {
      count += diags.length;
      if (diags.length) files++;
    });
    this.status.text = `$(shield) nhilint: ${count}`;
    this.status.tooltip = count
      ? `nhilint: ${count} finding${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Click to open the Problems panel.`
      : 'nhilint: no findings in the files scanned. Run "nhilint: Scan Workspace" to check every file.';
    this.status.backgroundColor = count ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.status.show();
  }

  async scanWorkspace(location: vscode.ProgressLocation = vscode.ProgressLocation.Notification): Promise<void> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (!folders.length) {
      void vscode.window.showInformationMessage('nhilint: open a folder to scan a workspace.');
      return;
    }
    if (!this.settings.enable) {
      void vscode.window.showInformationMessage('nhilint is disabled (nhilint.enable).');
      return;
    }
    await this.configured;
    await vscode.window.withProgress({ location, title: 'nhilint: scanning workspace', cancellable: true }, async (progress, token) => {
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      for (const key of this.workspaceFindings.keys()) if (!open.has(key)) this.collection.delete(vscode.Uri.parse(key));
      this.workspaceFindings.clear();
      let total = 0;
      for (const folder of folders) {
        if (token.isCancellationRequested) break;
        const { id, done } = this.client.request<'workspaceDone'>({ type: 'scanWorkspace', root: folder.uri.fsPath }, (files, scanned) => {
          for (const f of files) {
            const uri = vscode.Uri.file(f.abs);
            this.workspaceFindings.set(uri.toString(), f.findings);
            // An open document shows what is in its buffer, not what is on disk.
            if (!open.has(uri.toString())) this.collection.set(uri, this.toDiagnostics(f.findings));
          }
          progress.report({ message: `${total + scanned} files` });
          this.updateStatus();
        });
        const cancel = token.onCancellationRequested(() => this.client.cancel(id));
        try {
          const r = await done;
          total += r.scanned;
          this.log.info(`workspace scan of ${folder.name}: ${r.scanned} files scanned, ${r.skipped} skipped, ${Math.round(r.ms)} ms${r.cancelled ? ' (cancelled)' : ''}`);
        } catch (e) {
          this.log.error(`workspace scan of ${folder.name} failed: ${(e as Error).message}`);
        } finally {
          cancel.dispose();
        }
      }
      this.workspaceScanned = !token.isCancellationRequested;
    });
    this.updateStatus();
  }

  findingsAt(doc: vscode.TextDocument, pos: vscode.Position): Finding[] {
    const state = this.docs.get(doc.uri.toString());
    if (!state || state.version !== doc.version) return [];
    const offset = doc.offsetAt(pos);
    return state.findings.filter((f) => f.start <= offset && offset <= f.end);
  }

  hover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const found = this.findingsAt(doc, pos).filter((f) => toDiagnostic(f, this.settings.severity));
    if (!found.length) return undefined;
    const state = this.docs.get(doc.uri.toString())!;
    const syntax = commentSyntax(doc.languageId, state.path);
    const md = new vscode.MarkdownString(found.map((f) => hoverMarkdown(f, syntax)).join('\n\n---\n\n'));
    md.isTrusted = false;
    md.supportHtml = false;
    const f = found[0]!;
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)));
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const linter = new Linter(context);
  context.subscriptions.push(linter);
  const w = vscode.workspace;
  context.subscriptions.push(
    w.onDidOpenTextDocument((d) => linter.schedule(d, 0)),
    w.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && linter.settings.run === 'onType') linter.schedule(e.document, linter.settings.debounceMs);
    }),
    w.onDidSaveTextDocument((d) => linter.schedule(d, 0)),
    w.onDidCloseTextDocument((d) => linter.forget(d)),
    w.onDidChangeConfiguration((e) => e.affectsConfiguration('nhilint') && void linter.refresh('settings changed')),
    w.onDidGrantWorkspaceTrust(() => void linter.refresh('workspace trusted')),
    w.onDidChangeWorkspaceFolders(() => void linter.refresh('workspace folders changed')),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }], { provideHover: (d, p) => linter.hover(d, p) }),
    vscode.commands.registerCommand('nhilint.scanWorkspace', () => linter.scanWorkspace()),
    vscode.commands.registerCommand('nhilint.showOutput', () => linter.log.show()),
  );
  // The files that change what is reported: config, baseline and ignore files, anywhere in the workspace.
  const watcher = w.createFileSystemWatcher(`**/{.nhilint.yaml,.nhilint.yml,.nhilintignore,.gitignore,${linter.settings.baselineFile.split('/').pop()}}`);
  const changed = (uri: vscode.Uri) => void linter.refresh(`${path.basename(uri.fsPath)} changed`);
  context.subscriptions.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
  registerActions(context, linter);
  void linter.reconfigure('activation').then(() => {
    linter.updateStatus();
    for (const doc of w.textDocuments) linter.schedule(doc, 0);
  });
}

export function deactivate(): void {}
