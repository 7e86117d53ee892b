#!/usr/bin/env python3
"""Generates expected canonical-ABI data for Weft's tests by running the spec's executable reference.

Usage: abi_oracle.py <path to design/mvp/canonical-abi/definitions.py> <output dir>

definitions.py is NOT committed to Weft; fetch WebAssembly/component-model and pass its path, e.g.
  git -C <component-model repo> show HEAD:design/mvp/canonical-abi/definitions.py > /tmp/definitions.py
Writes:
  layouts.tsv  type-text, elem_size, alignment, flatten_type (comma-separated), for every type in TYPES
  strings.tsv  src-encoding, dst-encoding, string (hex of UTF-8), result ptr, result tagged code units,
               realloc calls (old_ptr/old_size/align/new_size=>ptr; ...), hex of the stored bytes
The type text grammar is shared with the Java test parser TypeText.
"""
import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location("definitions", sys.argv[1])
d = importlib.util.module_from_spec(spec)
sys.modules['definitions'] = d
spec.loader.exec_module(d)
d.DETERMINISTIC_PROFILE = True
OUT = sys.argv[2]

PRIMS = {
    'bool': d.BoolType, 's8': d.S8Type, 'u8': d.U8Type, 's16': d.S16Type, 'u16': d.U16Type,
    's32': d.S32Type, 'u32': d.U32Type, 's64': d.S64Type, 'u64': d.U64Type, 'f32': d.F32Type,
    'f64': d.F64Type, 'char': d.CharType, 'string': d.StringType,
}
RT = d.ResourceType(None)


class Parser:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def peek(self, tok):
        return self.s.startswith(tok, self.i)

    def eat(self, tok):
        assert self.peek(tok), (self.s, self.i, tok)
        self.i += len(tok)

    def name(self):
        j = self.i
        while self.i < len(self.s) and (self.s[self.i].isalnum() or self.s[self.i] == '-'):
            self.i += 1
        return self.s[j:self.i]

    def names(self):
        out = [self.name()]
        while self.peek(','):
            self.eat(',')
            out.append(self.name())
        return out

    def type(self):
        n = self.name()
        if n in PRIMS:
            return PRIMS[n]()
        if n == 'own':
            return d.OwnType(RT)
        if n == 'borrow':
            return d.BorrowType(RT)
        if n == 'list':
            self.eat('<')
            t = self.type()
            length = None
            if self.peek(','):
                self.eat(',')
                length = int(self.name())
            self.eat('>')
            return d.ListType(t, length)
        if n == 'map':
            self.eat('<')
            k = self.type()
            self.eat(',')
            v = self.type()
            self.eat('>')
            return d.MapType(k, v)
        if n == 'tuple':
            self.eat('<')
            ts = [self.type()]
            while self.peek(','):
                self.eat(',')
                ts.append(self.type())
            self.eat('>')
            return d.TupleType(ts)
        if n == 'option':
            self.eat('<')
            t = self.type()
            self.eat('>')
            return d.OptionType(t)
        if n == 'result':
            if not self.peek('<'):
                return d.ResultType(None, None)
            self.eat('<')
            ok = self.opt_type()
            self.eat(',')
            err = self.opt_type()
            self.eat('>')
            return d.ResultType(ok, err)
        if n == 'record':
            self.eat('{')
            fields = []
            while True:
                label = self.name()
                self.eat(':')
                fields.append(d.FieldType(label, self.type()))
                if not self.peek(','):
                    break
                self.eat(',')
            self.eat('}')
            return d.RecordType(fields)
        if n == 'variant':
            self.eat('{')
            cases = []
            while True:
                label = self.name()
                t = None
                if self.peek('('):
                    self.eat('(')
                    t = self.type()
                    self.eat(')')
                cases.append(d.CaseType(label, t))
                if not self.peek(','):
                    break
                self.eat(',')
            self.eat('}')
            return d.VariantType(cases)
        if n == 'enum':
            self.eat('{')
            labels = self.names()
            self.eat('}')
            return d.EnumType(labels)
        if n == 'flags':
            self.eat('{')
            labels = self.names()
            self.eat('}')
            return d.FlagsType(labels)
        raise ValueError('unknown type ' + n + ' in ' + self.s)

    def opt_type(self):
        if self.peek('_'):
            self.eat('_')
            return None
        return self.type()


def parse(s):
    p = Parser(s)
    t = p.type()
    assert p.i == len(s), s
    return t


def labels(prefix, n):
    return ','.join(prefix + str(i) for i in range(n))


TYPES = [
    'bool', 's8', 'u8', 's16', 'u16', 's32', 'u32', 's64', 'u64', 'f32', 'f64', 'char', 'string',
    'own', 'borrow',
    'list<u8>', 'list<string>', 'list<u64>',
    'list<u8,3>', 'list<u64,2>', 'list<string,2>', 'list<record{a:u8,b:u16},3>',
    'map<string,u32>',
    'record{a:u8,b:u32}', 'record{a:u8,b:u8,c:u16}', 'record{a:u32,b:u8}', 'record{a:u8,b:u64,c:u8}',
    'record{a:string,b:u8}', 'record{x:f32,y:f64}', 'record{a:record{b:u8,c:u16},d:u8}',
    'tuple<u8,string>', 'tuple<u16,u8,u64>', 'tuple<char,bool>',
    'variant{a,b}', 'variant{a(f32),b(u64)}', 'variant{a(u8),b(u64)}', 'variant{a(f32),b(u32)}',
    'variant{a(f64),b(f32)}', 'variant{a(string),b(u64),c}', 'variant{a(f32),b(s64),c(tuple<u8,f64>)}',
    'variant{a(record{x:f32,y:f32}),b(u64)}', 'variant{a(u8),b(u16)}',
    'enum{a}', 'enum{a,b,c}', 'enum{' + labels('e', 256) + '}', 'enum{' + labels('e', 257) + '}',
    'variant{' + labels('c', 300) + '}',
    'option<u8>', 'option<u32>', 'option<string>', 'option<f64>', 'option<option<u8>>',
    'result', 'result<u32,_>', 'result<_,u8>', 'result<string,u8>', 'result<u64,f32>', 'result<f32,f64>',
    'result<_,string>',
    'flags{a}', 'flags{' + labels('f', 8) + '}', 'flags{' + labels('f', 9) + '}',
    'flags{' + labels('f', 16) + '}', 'flags{' + labels('f', 17) + '}', 'flags{' + labels('f', 32) + '}',
    'tuple<list<u8>,option<string>,result<u8,u16>>',
]

with open(os.path.join(OUT, 'layouts.tsv'), 'w') as f:
    f.write('# generated by src/test/python/abi_oracle.py from definitions.py; do not edit\n')
    opts = d.LiftLowerOptions(memory=d.MemInst(bytearray(), 'i32'))
    for text in TYPES:
        t = parse(text)
        flat = d.flatten_type(t, opts)
        f.write('\t'.join([text, str(d.elem_size(t, 'i32')), str(d.alignment(t, 'i32')), ','.join(flat)]) + '\n')


class RecordingContext(d.LiftLowerContext):
    """A LiftLowerContext whose realloc is a bump allocator that copies like a real realloc and logs calls."""

    def __init__(self, opts):
        super().__init__(opts, None)
        self.next = 16
        self.log = []

    def reallocate(self, old, old_size, alignment, new_size):
        ptr = d.align_to(self.next, alignment)
        self.next = ptr + new_size
        mem = self.opts.memory
        n = min(old_size, new_size)
        mem.bytes[ptr:ptr + n] = mem.bytes[old:old + n]
        self.log.append('%d/%d/%d/%d=>%d' % (old, old_size, alignment, new_size, ptr))
        return ptr


def tagged_units(s, enc):
    if enc == 'utf8':
        return len(s.encode('utf-8'))
    if enc == 'utf16':
        return len(s.encode('utf-16-le')) // 2
    if all(ord(c) < 256 for c in s):
        return len(s)
    return (len(s.encode('utf-16-le')) // 2) | (1 << 31)


def stored_length(ptr_units, enc):
    if enc == 'utf8':
        return ptr_units
    if enc == 'utf16':
        return 2 * ptr_units
    if ptr_units & (1 << 31):
        return 2 * (ptr_units ^ (1 << 31))
    return ptr_units


STRINGS = ['', 'hello', 'h\u00e9llo', '\u00ff', 'a\u20acb', '\u20ac', 'x\U0001F600y', 'aaaa\U0001F600',
           'abc\u00e9\u20ac\U0001F600', '\u00e9\u00e9\u00e9\u20ac', '\U0001F600']
ENCODINGS = ['utf8', 'utf16', 'latin1+utf16']

with open(os.path.join(OUT, 'strings.tsv'), 'w') as f:
    f.write('# generated by src/test/python/abi_oracle.py from definitions.py; do not edit\n')
    for src_enc in ENCODINGS:
        for dst_enc in ENCODINGS:
            for s in STRINGS:
                mem = d.MemInst(bytearray(1024), 'i32')
                cx = RecordingContext(d.LiftLowerOptions(string_encoding=dst_enc, memory=mem))
                ptr, units = d.store_string_into_range(cx, (s, src_enc, tagged_units(s, src_enc)))
                stored = bytes(mem.bytes[ptr:ptr + stored_length(units, dst_enc)])
                # the spec's lift of what was stored must give back the string
                lifted = d.load_string_from_range(cx, ptr, units)
                assert lifted[0] == s
                f.write('\t'.join([src_enc, dst_enc, s.encode('utf-8').hex(), str(ptr), str(units),
                                   ';'.join(cx.log), stored.hex()]) + '\n')


# ---- values.tsv: lower_flat and store of random values, written as WAVE text -------------------------------
#   type-text, WAVE value, flat (hex per slot), realloc log of lower_flat, heap bytes [16, next) after lower_flat,
#   store pointer, realloc log of store (allocation of the value's own slot included), heap bytes after store,
#   destination string encoding (host strings are lowered from latin1+utf16, like Java's compact strings)
import random
import struct

rng = random.Random(20261125)


def wave_string(s):
    out = []
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif 0x20 <= ord(c) < 0x7f:
            out.append(c)
        else:
            out.append('\\u{%x}' % ord(c))
    return '"' + ''.join(out) + '"'


def wave_float(f):
    if math.isnan(f):
        return 'nan'
    if math.isinf(f):
        return 'inf' if f > 0 else '-inf'
    if f == 0 and math.copysign(1, f) < 0:
        return '-0'
    return repr(f)


import math

CHARS = ['a', 'Z', ' ', '"', '\\', '\u00e9', '\u00ff', '\u0100', '\u20ac', '\U0001F600', '\U0010FFFF', '\u0000']


def gen_string():
    n = rng.randrange(0, 6)
    pool = rng.choice([['a', 'b', 'c', ' '], ['a', '\u00e9', '\u00ff'], CHARS])
    return ''.join(rng.choice(pool) for _ in range(n))


def gen(t):
    """A random value of type t: (python value as definitions.py expects it, WAVE text)."""
    match t:
        case d.BoolType():
            b = rng.random() < 0.5
            return b, 'true' if b else 'false'
        case d.U8Type() | d.U16Type() | d.U32Type() | d.U64Type():
            bits = {d.U8Type: 8, d.U16Type: 16, d.U32Type: 32, d.U64Type: 64}[type(t)]
            v = rng.choice([0, 1, (1 << bits) - 1, rng.randrange(1 << bits)])
            return v, str(v)
        case d.S8Type() | d.S16Type() | d.S32Type() | d.S64Type():
            bits = {d.S8Type: 8, d.S16Type: 16, d.S32Type: 32, d.S64Type: 64}[type(t)]
            v = rng.choice([0, -1, -(1 << (bits - 1)), (1 << (bits - 1)) - 1,
                            rng.randrange(-(1 << (bits - 1)), 1 << (bits - 1))])
            return v, str(v)
        case d.F32Type():
            v = rng.choice([0.0, -0.0, float('inf'), float('-inf'), rng.randrange(-4000, 4000) / 8])
            return v, wave_float(v)
        case d.F64Type():
            v = rng.choice([0.0, -0.0, float('-inf'), rng.uniform(-1e6, 1e6), rng.randrange(-4000, 4000) / 8])
            return v, wave_float(v)
        case d.CharType():
            c = rng.choice(CHARS)
            return c, "'\\u{%x}'" % ord(c)
        case d.StringType():
            s = gen_string()
            if all(ord(c) < 256 for c in s):
                tagged = len(s)
            else:
                tagged = (len(s.encode('utf-16-le')) // 2) | (1 << 31)
            return (s, 'latin1+utf16', tagged), wave_string(s)
        case d.ListType(et, None):
            items = [gen(et) for _ in range(rng.randrange(0, 4))]
            return [p for p, _ in items], '[' + ', '.join(w for _, w in items) + ']'
        case d.RecordType(fields):
            items = [(f.label, gen(f.t)) for f in fields]
            return ({l: p for l, (p, _) in items},
                    '{' + ', '.join('%s: %s' % (l, w) for l, (_, w) in items) + '}')
        case d.TupleType(ts):
            items = [gen(u) for u in ts]
            return {str(i): p for i, (p, _) in enumerate(items)}, '(' + ', '.join(w for _, w in items) + ')'
        case d.VariantType(cases):
            c = rng.choice(cases)
            if c.t is None:
                return {c.label: None}, c.label
            p, w = gen(c.t)
            return {c.label: p}, '%s(%s)' % (c.label, w)
        case d.EnumType(labels):
            label = rng.choice(labels)
            return {label: None}, label
        case d.OptionType(u):
            if rng.random() < 0.3:
                return {'none': None}, 'none'
            p, w = gen(u)
            return {'some': p}, 'some(%s)' % w
        case d.ResultType(ok, err):
            label, u = rng.choice([('ok', ok), ('error', err)])
            wl = 'ok' if label == 'ok' else 'err'
            if u is None:
                return {label: None}, wl
            p, w = gen(u)
            return {label: p}, '%s(%s)' % (wl, w)
        case d.FlagsType(labels):
            chosen = [l for l in labels if rng.random() < 0.4]
            return {l: l in chosen for l in labels}, '{' + ', '.join(chosen) + '}'
    raise ValueError('no generator for %s' % t)


def flat_hex(vals, types):
    out = []
    for v, ft in zip(vals, types):
        match ft:
            case 'f32':
                v = struct.unpack('<I', struct.pack('<f', v))[0]
            case 'f64':
                v = struct.unpack('<Q', struct.pack('<d', v))[0]
        out.append('%x' % v)
    return ','.join(out)


VALUE_TYPES = [
    'bool', 's8', 'u8', 's16', 'u16', 's32', 'u32', 's64', 'u64', 'f32', 'f64', 'char', 'string',
    'list<u8>', 'list<string>', 'list<u64>', 'list<list<s16>>', 'list<record{a:u8,b:u16}>',
    'record{a:u8,b:u32}', 'record{a:u8,b:u64,c:u8}', 'record{a:string,b:u8}', 'record{x:f32,y:f64}',
    'record{a:record{b:u8,c:u16},d:list<char>}',
    'tuple<u8,string>', 'tuple<u16,u8,u64>', 'tuple<char,bool,f32>',
    'variant{a,b}', 'variant{a(f32),b(u64)}', 'variant{a(u8),b(u64)}', 'variant{a(f32),b(u32)}',
    'variant{a(f64),b(f32)}', 'variant{a(string),b(u64),c}', 'variant{a(f32),b(s64),c(tuple<u8,f64>)}',
    'variant{a(record{x:f32,y:f32}),b(u64),c(string)}', 'variant{a(u8),b(u16),c(s8),d(char)}',
    'enum{a,b,c}', 'option<u8>', 'option<string>', 'option<f64>', 'option<option<u8>>', 'option<list<f32>>',
    'result', 'result<u32,_>', 'result<_,u8>', 'result<string,u8>', 'result<u64,f32>', 'result<f32,f64>',
    'flags{a,b,c}', 'flags{' + labels('f', 12) + '}', 'flags{' + labels('f', 32) + '}',
    'tuple<list<u8>,option<string>,result<u8,u16>>',
    'list<variant{a(f32),b(tuple<string,u64>),c}>',
    'record{a:option<variant{x(f64),y(s8)}>,b:list<result<string,list<u8>>>,c:flags{p,q}}',
]


def lower_with_log(t, v, enc):
    mem = d.MemInst(bytearray(1 << 16), 'i32')
    cx = RecordingContext(d.LiftLowerOptions(string_encoding=enc, memory=mem))
    flat = d.lower_flat(cx, v, t)
    return flat, cx


def store_with_log(t, v, enc):
    mem = d.MemInst(bytearray(1 << 16), 'i32')
    cx = RecordingContext(d.LiftLowerOptions(string_encoding=enc, memory=mem))
    ptr = cx.allocate(d.alignment(t, 'i32'), d.elem_size(t, 'i32'))
    d.store(cx, v, t, ptr)
    return ptr, cx


with open(os.path.join(OUT, 'values.tsv'), 'w') as f:
    f.write('# generated by src/test/python/abi_oracle.py from definitions.py; do not edit\n')
    for text in VALUE_TYPES:
        t = parse(text)
        for trial in range(4):
            enc = ENCODINGS[trial % 3]
            v, wave = gen(t)
            flat, cx = lower_with_log(t, v, enc)
            ptr, sx = store_with_log(t, v, enc)
            f.write('\t'.join([text, wave, flat_hex(flat, d.flatten_type(t, cx.opts)), ';'.join(cx.log),
                               bytes(cx.opts.memory.bytes[16:cx.next]).hex(), str(ptr), ';'.join(sx.log),
                               bytes(sx.opts.memory.bytes[16:sx.next]).hex(), enc]) + '\n')


# ---- lifts.tsv: lift_flat of random core values over random 64-byte memories --------------------------------
#   type-text, string encoding, memory (hex), core values (hex per slot), "trap" or the lifted value as WAVE

def wave_of(t, v):
    """WAVE text of a value lifted by definitions.py."""
    match t:
        case d.BoolType():
            return 'true' if v else 'false'
        case d.F32Type() | d.F64Type():
            return wave_float(v)
        case d.CharType():
            return "'\\u{%x}'" % ord(v)
        case d.StringType():
            return wave_string(v[0])
        case d.ListType(et, None):
            return '[' + ', '.join(wave_of(et, e) for e in v) + ']'
        case d.RecordType(fields):
            return '{' + ', '.join('%s: %s' % (f.label, wave_of(f.t, v[f.label])) for f in fields) + '}'
        case d.TupleType(ts):
            return '(' + ', '.join(wave_of(u, v[str(i)]) for i, u in enumerate(ts)) + ')'
        case d.VariantType(cases):
            [label] = v.keys()
            [c] = [c for c in cases if c.label == label]
            return label if c.t is None else '%s(%s)' % (label, wave_of(c.t, v[label]))
        case d.EnumType(labels):
            [label] = v.keys()
            return label
        case d.OptionType(u):
            return 'none' if 'none' in v else 'some(%s)' % wave_of(u, v['some'])
        case d.ResultType(ok, err):
            label, u, wl = ('ok', ok, 'ok') if 'ok' in v else ('error', err, 'err')
            return wl if u is None else '%s(%s)' % (wl, wave_of(u, v[label]))
        case d.FlagsType(labels):
            return '{' + ', '.join(l for l in labels if v[l]) + '}'
        case _:
            return str(v)


def random_core(ft):
    small = rng.getrandbits(64) if rng.randrange(5) == 0 else rng.randrange(-20, 64)
    if ft in ('i32', 'f32'):
        return (small if rng.random() < 0.5 else rng.randrange(0, 64)) % (1 << 32)
    return small % (1 << 64)


def core_for_python(x, ft):
    match ft:
        case 'f32':
            return struct.unpack('<f', struct.pack('<I', x))[0]
        case 'f64':
            return struct.unpack('<d', struct.pack('<Q', x))[0]
    return x


LIFT_TYPES = [
    'bool', 's8', 'u16', 's32', 'u64', 'f32', 'f64', 'char', 'string', 'list<u8>', 'list<u16>', 'list<string>',
    'list<char>', 'record{a:u8,b:string}', 'tuple<char,f64>', 'variant{a(f32),b(u64),c}',
    'variant{a(f64),b(f32)}', 'enum{a,b,c}', 'option<string>', 'result<u64,f32>', 'flags{a,b,c,d,e,f,g,h,i}',
    'list<option<u8>>', 'list<record{a:u8,b:u16}>',
]
ENCODING_NAMES = {'utf8': 'utf8', 'utf16': 'utf16', 'latin1+utf16': 'latin1+utf16'}

with open(os.path.join(OUT, 'lifts.tsv'), 'w') as f:
    f.write('# generated by src/test/python/abi_oracle.py from definitions.py; do not edit\n')
    for text in LIFT_TYPES:
        t = parse(text)
        for trial in range(12):
            enc = ENCODINGS[trial % 3]
            raw = bytearray(rng.getrandbits(8) if rng.randrange(3) == 0 else rng.randrange(0, 0x20)
                            for _ in range(64))
            if trial % 4 == 3:
                raw[8:16] = 'h\u00e9'.encode('utf-16-le') + b'ok'  # some valid text to find
            mem = d.MemInst(bytearray(raw), 'i32')
            cx = d.LiftLowerContext(d.LiftLowerOptions(string_encoding=enc, memory=mem), None)
            types = d.flatten_type(t, cx.opts)
            core = [random_core(ft) for ft in types]
            try:
                v = d.lift_flat(cx, d.CoreValueIter([core_for_python(x, ft) for x, ft in zip(core, types)]), t)
                result = wave_of(t, v)
            except d.Trap:
                result = 'trap'
            f.write('\t'.join([text, enc, bytes(raw).hex(), ','.join('%x' % x for x in core), result]) + '\n')
