import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const loadYaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));
