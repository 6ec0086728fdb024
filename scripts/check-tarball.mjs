// What a published tarball must and must not hold: dist/ and the docs, never src/; a package.json
// without the workspace-only `@plankit/source` condition, scripts or devDependencies.
import { execFileSync } from 'node:child_process';

const tarball = process.argv[2];
const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
const manifest = JSON.parse(execFileSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' }));
const problems = [];
for (const required of ['package/README.md', 'package/LICENSE', 'package/CHANGELOG.md', 'package/package.json']) {
  if (!files.includes(required)) problems.push(`${required.slice(8)} is missing`);
}
if (manifest.name === '@plankit/sdk' && !files.includes('package/CONTRACT.md')) problems.push('CONTRACT.md is missing');
const stray = files.filter(
  (file) => !file.startsWith('package/dist/') && !/^package\/[A-Z]+\.md$|^package\/(LICENSE|package\.json)$/.test(file),
);
if (stray.length > 0) problems.push(`files outside dist/: ${stray.join(', ')}`);
if (JSON.stringify(manifest.exports).includes('@plankit/source'))
  problems.push('exports keep the @plankit/source condition');
if (JSON.stringify(manifest).includes('workspace:')) problems.push('a dependency is still workspace:');
for (const field of ['scripts', 'devDependencies']) if (manifest[field]) problems.push(`${field} are published`);
for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'engines', 'license']) {
  if (!manifest[field]) problems.push(`${field} is missing`);
}
if (problems.length > 0) {
  console.error(`${tarball}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${manifest.name}@${manifest.version}: ${files.length} files, dist/ and docs only`);
