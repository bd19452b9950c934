// An esbuild plugin that leaves the rules' `examples` out of a shipped bundle. Each rule carries its own
// matching and non-matching examples for the generic rule test (which runs the sources, not a bundle); nothing
// a user runs reads them, and at about a sixth of the CLI bundle they were start-up time a commit hook paid
// for on every commit (reading, and the V8 code cache deserialising, their code).
// The TypeScript parser finds the `examples:` properties exactly, whatever their text; a regex could not.
import ts from 'typescript';
import { readFileSync } from 'node:fs';

export const stripExamples = {
  name: 'strip-rule-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]rules[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('examples')) return undefined;
      const source = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true);
      const cuts = [];
      const visit = (node) => {
        if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'examples') {
          cuts.push([node.initializer.getStart(source), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let contents = text;
      for (const [start, end] of cuts.reverse()) contents = `${contents.slice(0, start)}undefined${contents.slice(end)}`;
      return { contents, loader: 'ts' };
    });
  },
};
