// The JSON Schema of the definition format (questionnaires/peiling-questionnaire.schema.json)
// checked with ajv (draft 2020-12): every bundled definition is valid, and each mutant of
// a definition, one slip each that the loader refuses too, is refused. The mutants are
// written to WORK_DIR, so the C++ test can check that the loader refuses each of them.
//
//   node schema_check.mjs QUESTIONNAIRE_DIR WORK_DIR
// Prints one line per check; exit code 0 when every check held.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const [dir, work] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(join(dir, 'peiling-questionnaire.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
let failed = 0;
const check = (what, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ': ' + detail : ''}`);
  if (!ok) failed++;
};

const definitions = readdirSync(dir).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));
for (const name of definitions) {
  const ok = validate(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  check(`${name} is valid`, ok, ok ? '' : JSON.stringify(validate.errors));
}

// One slip each, on a copy of the smallest bundled definition.
const base = () => JSON.parse(readFileSync(join(dir, 'ib-taken-bespreking.json'), 'utf8'));
const question = (definition, id) => definition.questions.find((q) => q.id === id);
const mutants = {
  'unknown-top-level-key': (d) => { d.titel = d.title; },
  'missing-title': (d) => { delete d.title; },
  'invalid-id': (d) => { question(d, 'vaker').id = 'Vaker praten'; },
  'unknown-type': (d) => { question(d, 'vaker').type = 'ranking'; },
  'likert-with-options': (d) => { question(d, 'vaker').options = [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }]; },
  'likert-without-scale': (d) => { delete question(d, 'vaker').scale; },
  'one-point-scale': (d) => { question(d, 'vaker').scale = ['eens']; },
  'scale-label-twice': (d) => { question(d, 'vaker').scale = ['eens', 'eens']; },
  'choice-with-one-option': (d) => { question(d, 'hoe-vaak').options.splice(1); },
  'code-on-an-option': (d) => { question(d, 'hoe-vaak').options[0].code = 'x'; },
  'empty-label': (d) => { d.groups[0].label = ' '; },
  'no-groups': (d) => { d.groups = []; },
  'required-not-boolean': (d) => { question(d, 'vaker').required = 'ja'; },
  'max-length-zero': (d) => { question(d, 'afspraak').max_length = 0; },
  'show-if-without-options': (d) => { question(d, 'afspraak').show_if = { question: 'hoe-vaak', is: [] }; },
  'show-if-unknown-key': (d) => { question(d, 'afspraak').show_if = { question: 'hoe-vaak', in: ['nooit'] }; },
  'unknown-language': (d) => { d.language = 'de'; },
};
for (const [name, mutate] of Object.entries(mutants)) {
  const definition = base();
  mutate(definition);
  writeFileSync(join(work, `mutant-${name}.json`), JSON.stringify(definition, null, 2));
  check(`the schema refuses ${name}`, !validate(definition));
}
console.log(`${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
