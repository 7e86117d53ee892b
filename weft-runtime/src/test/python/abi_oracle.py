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
