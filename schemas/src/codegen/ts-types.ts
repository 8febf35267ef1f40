// Avro schema -> TypeScript declarations. Types follow what avsc decodes with no logical types
// registered: long and timestamp-millis are numbers, unions are unwrapped (`T | null`), maps are
// plain objects.
import { isJsonObject, type Json, type JsonObject } from '../bundle/json';

const PRIMITIVE_TS: Readonly<Record<string, string>> = {
  null: 'null', boolean: 'boolean', int: 'number', long: 'number', float: 'number', double: 'number',
  bytes: 'Buffer', string: 'string',
};

export interface Declaration {
  name: string;
  text: string;
}

function shortName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function jsDoc(doc: Json | undefined, indent: string): string {
  if (typeof doc !== 'string') return '';
  return `${indent}/** ${doc.replace(/\*\//g, '* /')} */\n`;
}

/** Collects the declarations of every named type (and alias) reached from a schema. */
export class DeclarationCollector {
  readonly declarations = new Map<string, Declaration>();

  typeOf(node: Json): string {
    if (typeof node === 'string') return PRIMITIVE_TS[node] ?? shortName(node);
    if (Array.isArray(node)) {
      // Nullable unions read as `T | null`, the usual TypeScript order.
      const branches = node.map((branch) => this.typeOf(branch));
      return [...branches.filter((b) => b !== 'null'), ...branches.filter((b) => b === 'null')].join(' | ');
    }
    if (!isJsonObject(node)) throw new Error(`not a schema: ${JSON.stringify(node)}`);
    switch (node.type) {
      case 'record': case 'error': return this.declare(node, () => this.recordText(node));
      case 'enum': return this.declare(node, () => this.enumText(node));
      case 'fixed': return this.declare(node, () => `export type ${shortName(String(node.name))} = Buffer;\n`);
      case 'array': {
        const item = this.typeOf(node.items ?? null);
        return item.includes('|') ? `Array<${item}>` : `${item}[]`;
      }
      case 'map': {
        const map = `Record<string, ${this.typeOf(node.values ?? null)}>`;
        if (typeof node.typeAlias !== 'string') return map;
        return this.declare({ ...node, name: node.typeAlias }, () => `${jsDoc(node.doc, '')}export type ${String(node.typeAlias)} = ${map};\n`);
      }
      default: return this.typeOf(node.type ?? null);
    }
  }

  private declare(node: JsonObject, render: () => string): string {
    const name = shortName(String(node.name));
    const known = this.declarations.get(name);
    if (known === undefined) {
      // Reserve the name first so recursive types terminate.
      this.declarations.set(name, { name, text: '' });
      const text = jsDoc(node.doc, '') + render();
      this.declarations.set(name, { name, text });
    }
    return name;
  }

  private recordText(node: JsonObject): string {
    const fields = Array.isArray(node.fields) ? node.fields.filter(isJsonObject) : [];
    const lines = fields.map((f) => `${jsDoc(f.doc, '  ')}  ${String(f.name)}: ${this.typeOf(f.type ?? null)};\n`);
    return `export interface ${shortName(String(node.name))} {\n${lines.join('')}}\n`;
  }

  private enumText(node: JsonObject): string {
    const symbols = Array.isArray(node.symbols) ? node.symbols.map((s) => `'${String(s)}'`) : [];
    return `export type ${shortName(String(node.name))} = ${symbols.join(' | ')};\n`;
  }
}
