package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"path"
	"strconv"
	"strings"
)

const (
	beginMarker = "// BEGIN SOLUTION"
	endMarker   = "// END SOLUTION"
)

// Stub turns a solution file into the student's stub: every region between
// the markers inside a function body becomes panic("not implemented: F"),
// a region outside any function (helpers) is deleted, imports left unused
// are removed, and the result is gofmt'ed.
func Stub(filename string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	lines := strings.SplitAfter(string(src), "\n")
	type region struct {
		begin, end int // 0-based line numbers of the markers
		fn         string
	}
	var regions []region
	open := -1
	for i, l := range lines {
		switch strings.TrimSpace(l) {
		case beginMarker:
			if open >= 0 {
				return nil, fmt.Errorf("%s:%d: %s inside another", filename, i+1, beginMarker)
			}
			open = i
		case endMarker:
			if open < 0 {
				return nil, fmt.Errorf("%s:%d: %s without %s", filename, i+1, endMarker, beginMarker)
			}
			regions = append(regions, region{open, i, enclosingFunc(f, fset, open+1)})
			open = -1
		}
	}
	if open >= 0 {
		return nil, fmt.Errorf("%s:%d: %s never closed", filename, open+1, beginMarker)
	}
	var out strings.Builder
	next := 0
	for _, r := range regions {
		for _, l := range lines[next:r.begin] {
			out.WriteString(l)
		}
		if r.fn != "" {
			indent := lines[r.begin][:len(lines[r.begin])-len(strings.TrimLeft(lines[r.begin], " \t"))]
			fmt.Fprintf(&out, "%spanic(%q)\n", indent, "not implemented: "+r.fn)
		}
		next = r.end + 1
	}
	for _, l := range lines[next:] {
		out.WriteString(l)
	}
	return dropUnusedImports(filename, []byte(out.String()))
}

// enclosingFunc names the function whose body holds the 1-based line, or "".
func enclosingFunc(f *ast.File, fset *token.FileSet, line int) string {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		if fset.Position(fd.Body.Lbrace).Line <= line && line <= fset.Position(fd.Body.Rbrace).Line {
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				t := fd.Recv.List[0].Type
				if s, ok := t.(*ast.StarExpr); ok {
					t = s.X
				}
				if id, ok := t.(*ast.Ident); ok {
					return id.Name + "." + fd.Name.Name
				}
			}
			return fd.Name.Name
		}
	}
	return ""
}

// dropUnusedImports removes the imports no identifier of the file refers to.
func dropUnusedImports(filename string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("stub of %s does not parse: %v", filename, err)
	}
	used := map[string]bool{"": true}
	ast.Inspect(f, func(n ast.Node) bool {
		if _, ok := n.(*ast.ImportSpec); ok {
			return false
		}
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		kept := gd.Specs[:0]
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			if used[importName(is)] {
				kept = append(kept, s)
			}
		}
		gd.Specs = kept
	}
	decls := f.Decls[:0]
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && len(gd.Specs) == 0 {
			continue
		}
		decls = append(decls, d)
	}
	f.Decls = decls
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, err
	}
	return format.Source(buf.Bytes())
}

// importName is the name a file uses for an import: its explicit name, or
// the path's last element ("math/rand/v2" → rand). "_" and "." count as used.
func importName(is *ast.ImportSpec) string {
	if is.Name != nil {
		if is.Name.Name == "_" || is.Name.Name == "." {
			return "" // never dropped: see used[""] below
		}
		return is.Name.Name
	}
	p, _ := strconv.Unquote(is.Path.Value)
	base := path.Base(p)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		base = path.Base(path.Dir(p))
	}
	return base
}
