// Shows the analysis report and the topology diagram that Generate wrote, each in its own webview.
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const POLICY = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">';

/** The report page with a policy that lets it load nothing and run no script. */
function reportPage(html) {
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${POLICY}`) : `${POLICY}${html}`;
}

/** The SVG diagram inside a page, with the same policy. */
function topologyPage(svg) {
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  return `<!DOCTYPE html><html><head>${POLICY}<style>body{background:#fff;margin:0;padding:8px}svg{max-width:100%;height:auto}</style></head><body>${body}</body></html>`;
}

const VIEWS = {
  report: { file: ['analysis', 'report.html'], title: 'Berth: Analysis Report', page: reportPage },
  topology: { file: ['diagram', 'topology.svg'], title: 'Berth: Topology', page: topologyPage }
};

/** One webview per view, reused and refreshed when shown again. */
class OutputViews {
  constructor() {
    this.panels = new Map();
  }

  /** Shows `view` (report or topology) from the output folder; false when Generate has not written it yet. */
  show(view, output) {
    const { file, title, page } = VIEWS[view];
    const source = path.join(output, ...file);
    if (!fs.existsSync(source)) {
      return false;
    }
    const panel = this.panels.get(view) || this.open(view, title);
    panel.webview.html = page(fs.readFileSync(source, 'utf8'));
    panel.reveal(vscode.ViewColumn.Beside, true);
    return true;
  }

  open(view, title) {
    const panel = vscode.window.createWebviewPanel(`berth.${view}`, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, localResourceRoots: [] });
    panel.onDidDispose(() => this.panels.delete(view));
    this.panels.set(view, panel);
    return panel;
  }

  /** Shows again, from the new files, every view that is open. */
  refresh(output) {
    [...this.panels.keys()].forEach((view) => this.show(view, output));
  }
}

module.exports = { OutputViews, reportPage, topologyPage };
