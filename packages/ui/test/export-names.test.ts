// @vitest-environment node
// An IDE's auto-import offers every exported name of every installed entry. A name that both
// @plankit/ui and @plankit/sdk export (a whole flow in one, a raw mutation in the other) lets it
// pick the wrong one, so no name, value or type, is shared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../../', import.meta.url));

/** The source file of every public entry of a package, by subpath. */
function entries(pkg: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(`${packages}${pkg}/package.json`, 'utf8')) as {
    exports: Record<string, string | null | Record<string, string>>;
  };
  const found: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const source = typeof target === 'object' && target !== null ? target['@plankit/source'] : undefined;
    if (source?.endsWith('.ts') || source?.endsWith('.tsx')) found[subpath] = `${packages}${pkg}/${source.slice(2)}`;
  }
  return found;
}

const uiEntries = entries('ui');
const sdkEntries = entries('sdk');
const program = ts.createProgram([...Object.values(uiEntries), ...Object.values(sdkEntries)], {
  strict: true,
  jsx: ts.JsxEmit.ReactJSX,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@plankit/source'],
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

/** Every name an entry exports, values and types alike. */
function exportedNames(file: string): string[] {
  const source = program.getSourceFile(file);
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`no module symbol for ${file}`);
  return checker.getExportsOfModule(symbol).map((s) => s.getName());
}

describe('the export lists of @plankit/ui and @plankit/sdk', () => {
  const ui = new Map(Object.entries(uiEntries).map(([subpath, file]) => [subpath, exportedNames(file)]));
  const sdk = new Map(Object.entries(sdkEntries).map(([subpath, file]) => [subpath, exportedNames(file)]));

  it('reads every public entry of both packages', () => {
    expect([...ui.keys()]).toEqual(expect.arrayContaining(['.']));
    expect([...sdk.keys()]).toEqual(expect.arrayContaining(['.', './contract', './react', './queries', './openapi']));
    expect(ui.get('.')).toEqual(
      expect.arrayContaining(['ChangePlanDialog', 'useChangePlanState', 'AssignNumberState']),
    );
    expect(sdk.get('./react')).toEqual(expect.arrayContaining(['useAssignNumber', 'useStartSubscription']));
  });

  it('share no name, so auto-import cannot pick the wrong package', () => {
    const sdkNames = new Map<string, string>();
    for (const [subpath, names] of sdk) for (const name of names) sdkNames.set(name, `@plankit/sdk${subpath.slice(1)}`);
    const shared = [...ui].flatMap(([subpath, names]) =>
      names
        .filter((name) => sdkNames.has(name))
        .map((name) => `${name}: @plankit/ui${subpath.slice(1)} and ${sdkNames.get(name)}`),
    );
    expect(shared).toEqual([]);
  });

  it('name the ui flow hooks after their flow, not the sdk mutation', () => {
    expect(ui.get('.')).toEqual(
      expect.arrayContaining([
        'useAssignNumberState',
        'useUnassignNumberState',
        'useReleaseNumberState',
        'useStartSubscriptionState',
      ]),
    );
  });
});
