package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The lint's Go check: go vet on the program GoNB compiles from a
// notebook's cells, as GoNB composes it (gonb internal/goexec):
//
//   - in a code cell, lines that start with % or ! (and the lines a
//     trailing \ joins to them) are commands, not Go; %test makes the
//     cell's functions tests;
//   - the lines before a %% line are declarations (imports, types,
//     constants, variables, functions): GoNB keeps each, under its name,
//     for every later cell, and a later cell that declares the same name
//     replaces it;
//   - the lines after %% are the body of that cell's func main();
//   - goimports adds the imports the code uses.
//
// So the lint writes, for each notebook, one package holding every
// declaration and every %% cell's body as a function of its own
// (func gonbCell12() {…}), with //line directives that map each line back to
// its cell and line; a declaration that a later cell replaces by another
// text starts a new package, holding the declarations as they then are.
// goimports (the pinned one, `go tool goimports`) adds the imports; `go vet`
// checks every package at once, in a module that requires the course's
// module as a notebook's does (a replace and the course's go.sum, no
// downloads). Its findings, compile errors included, are the notebook's
// problems, each naming its cell and line.
//
// Two checks of the notebooks' own style are made on the same code: no
// top-level name shadows a standard package a notebook uses (a func named
// errors), and no map[bool]T{…}[cond] stands in for an if.

// gonbLinePrefix names the cells in //line directives: "gonb-cell-12".
const gonbLinePrefix = "gonb-cell-"

// goDecl is one top-level declaration of a cell: a function, or a type,
// constant, variable or import declaration (one spec for imports).
type goDecl struct {
	keys       []string // the names GoNB keeps it under
	text       string
	cell, line int // where it starts (1-based)
	imp        bool
}

// goBody is the body of a %% cell's main.
type goBody struct {
	cell, line int // the %% line
	text       string
}

// goProgram is one package to vet: the declarations live at its last cell,
// and the bodies of its cells.
type goProgram struct {
	decls  []*goDecl
	bodies []goBody
}

// assembleGo splits a notebook's code cells as GoNB does and returns the
// programs to vet, and the problems found while reading the cells (a cell
// whose declarations do not parse).
func assembleGo(nb notebook) (progs []goProgram, problems []string) {
	var cur goProgram
	live := map[string]*goDecl{}
	for i, c := range nb.cells() {
		if cellType(c) != "code" {
			continue
		}
		cell := i + 1
		declSrc, body, bodyLine, hasBody := splitGoCell(source(c))
		decls, err := parseDecls(declSrc, cell)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		var changed []*goDecl
		replaces := false
		for _, d := range decls {
			same := false
			for _, k := range d.keys {
				if old, ok := live[k]; ok {
					if old.text == d.text {
						same = true
					} else {
						replaces = true
					}
				}
			}
			if !same {
				changed = append(changed, d)
			}
		}
		if replaces && len(cur.bodies) > 0 {
			// The cells so far saw the declarations before this cell.
			progs = append(progs, cur)
			cur = goProgram{}
		}
		for _, d := range changed {
			for _, k := range d.keys {
				if old, ok := live[k]; ok {
					for _, ok := range old.keys {
						delete(live, ok)
					}
				}
			}
			for _, k := range d.keys {
				live[k] = d
			}
		}
		cur.decls = liveDecls(live)
		if hasBody {
			cur.bodies = append(cur.bodies, goBody{cell: cell, line: bodyLine, text: body})
		}
	}
	if len(cur.bodies) > 0 || len(cur.decls) > 0 {
		progs = append(progs, cur)
	}
	return progs, problems
}

// liveDecls returns the declarations of live once each, in cell order.
func liveDecls(live map[string]*goDecl) []*goDecl {
	seen := map[*goDecl]bool{}
	var ds []*goDecl
	for _, d := range live {
		if !seen[d] {
			seen[d] = true
			ds = append(ds, d)
		}
	}
	sort.Slice(ds, func(a, b int) bool {
		if ds[a].cell != ds[b].cell {
			return ds[a].cell < ds[b].cell
		}
		return ds[a].line < ds[b].line
	})
	return ds
}

// splitGoCell splits a cell's source as GoNB reads it: the declarations
// (the lines before %%, or all lines without one) and main's body (the
// lines after %%), with GoNB's command lines blanked so that every line
// keeps its number; bodyLine is the line of %% (1-based).
func splitGoCell(src string) (decls, body string, bodyLine int, hasBody bool) {
	lines := strings.Split(src, "\n")
	var d, b []string
	joined := false // the previous command line ended in \
	for i, line := range lines {
		// As GoNB: a command starts in the first column (after an optional
		// //gonb: prefix); an indented !x is Go.
		t := strings.TrimPrefix(line, "//gonb:")
		continued := joined
		command := continued || (len(t) > 1 && (t[0] == '%' || t[0] == '!'))
		joined = command && strings.HasSuffix(t, "\\")
		if !hasBody && !continued && (strings.HasPrefix(t, "%main") ||
			strings.HasPrefix(t, "%%") && (len(t) == 2 || t[2] == ' ' || t[2] == '\t')) {
			hasBody, bodyLine = true, i+1
			continue
		}
		if command {
			line = ""
		}
		if hasBody {
			b = append(b, line)
		} else {
			d = append(d, line)
		}
	}
	return strings.Join(d, "\n"), strings.Join(b, "\n"), bodyLine, hasBody
}

// parseDecls parses the declarations of cell (its lines from 1) and returns
// them with the names GoNB keeps them under.
func parseDecls(src string, cell int) ([]*goDecl, error) {
	fset := token.NewFileSet()
	const head = "package main\n"
	f, err := parser.ParseFile(fset, "", head+src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		var list scanner.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			return nil, fmt.Errorf("cell %d line %d: Go syntax error: %s", cell, list[0].Pos.Line-1, list[0].Msg)
		}
		return nil, fmt.Errorf("cell %d: Go syntax error: %v", cell, err)
	}
	file := head + src
	var decls []*goDecl
	add := func(keys []string, from, to token.Pos, imp bool) {
		p := fset.Position(from)
		decls = append(decls, &goDecl{keys: keys, text: file[p.Offset:fset.Position(to).Offset],
			cell: cell, line: p.Line - 1, imp: imp})
	}
	for _, decl := range f.Decls {
		switch decl := decl.(type) {
		case *ast.FuncDecl:
			key := decl.Name.Name
			if decl.Recv != nil && len(decl.Recv.List) > 0 {
				recv := decl.Recv.List[0].Type
				if star, ok := recv.(*ast.StarExpr); ok {
					recv = star.X
				}
				key = fmt.Sprintf("%s~%s", types(file, fset, recv), key)
			}
			add([]string{"func " + key}, docStart(decl.Doc, decl.Pos()), decl.End(), false)
		case *ast.GenDecl:
			if decl.Tok == token.IMPORT {
				for _, spec := range decl.Specs {
					s := spec.(*ast.ImportSpec)
					add([]string{"import " + importName(s)}, s.Pos(), s.End(), true)
				}
				continue
			}
			var keys []string
			for _, spec := range decl.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					keys = append(keys, "type "+s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.Name != "_" {
							keys = append(keys, decl.Tok.String()+" "+n.Name)
						}
					}
				}
			}
			if len(keys) == 0 {
				keys = []string{fmt.Sprintf("_ cell %d line %d", cell, fset.Position(decl.Pos()).Line-1)}
			}
			add(keys, docStart(decl.Doc, decl.Pos()), decl.End(), false)
		}
	}
	return decls, nil
}

// types is the source text of a receiver's type.
func types(file string, fset *token.FileSet, e ast.Expr) string {
	return file[fset.Position(e.Pos()).Offset:fset.Position(e.End()).Offset]
}

// docStart is where a declaration starts: its doc comment, if any.
func docStart(doc *ast.CommentGroup, pos token.Pos) token.Pos {
	if doc != nil {
		return doc.Pos()
	}
	return pos
}

// importName is the name an import spec is kept under: its alias, or its path.
func importName(s *ast.ImportSpec) string {
	if s.Name != nil {
		return s.Name.Name + " " + s.Path.Value
	}
	return s.Path.Value
}

// render writes the Go file of a program: its imports, each declaration
// and each body (as func gonbCellN) after a //line directive naming its
// cell and line, and a main if no cell declares one.
func (p goProgram) render(imports []string) []byte {
	var b bytes.Buffer
	b.WriteString("package main\n\n")
	b.WriteString(importBlock(imports))
	hasMain := false
	for _, d := range p.decls {
		if d.imp {
			continue
		}
		if len(d.keys) == 1 && d.keys[0] == "func main" {
			hasMain = true
		}
		fmt.Fprintf(&b, "\n//line %s%d:%d\n%s\n", gonbLinePrefix, d.cell, d.line, d.text)
	}
	for _, body := range p.bodies {
		fmt.Fprintf(&b, "\n//line %s%d:%d\nfunc gonbCell%d() {\n%s\n}\n", gonbLinePrefix, body.cell, body.line, body.cell, body.text)
	}
	if !hasMain {
		b.WriteString("\nfunc main() {}\n")
	}
	return b.Bytes()
}

// imports returns the import specs the cells wrote.
func (p goProgram) imports() []string {
	var specs []string
	for _, d := range p.decls {
		if d.imp {
			specs = append(specs, d.text)
		}
	}
	return specs
}

// importBlock writes import specs as an import declaration.
func importBlock(specs []string) string {
	if len(specs) == 0 {
		return ""
	}
	return "import (\n\t" + strings.Join(specs, "\n\t") + "\n)\n"
}

// vetNotebooks vets the Go of every notebook in paths (see above) and
// returns each one's problems. It runs goimports once and go vet once for
// all of them; an error is a failure of the tools themselves.
func vetNotebooks(repo string, paths []string) (map[string][]string, error) {
	problems := map[string][]string{}
	tmp, err := os.MkdirTemp("", "nbrun-vet-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := writeVetModule(tmp, repo); err != nil {
		return nil, err
	}
	type pkg struct {
		path string // the notebook
		prog goProgram
		file string
	}
	var pkgs []pkg
	for _, p := range paths {
		nb, err := readNotebook(p)
		if err != nil {
			continue // the text lint reports it
		}
		progs, probs := assembleGo(nb)
		problems[p] = append(problems[p], probs...)
		for _, prog := range progs {
			dir := filepath.Join(tmp, fmt.Sprintf("p%d", len(pkgs)))
			file := filepath.Join(dir, "main.go")
			src := prog.render(prog.imports())
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
			if err := os.WriteFile(file, src, 0o644); err != nil {
				return nil, err
			}
			if _, err := parser.ParseFile(token.NewFileSet(), file, src, parser.SkipObjectResolution); err != nil {
				problems[p] = append(problems[p], goSyntaxProblems(err)...)
				continue
			}
			pkgs = append(pkgs, pkg{p, prog, file})
		}
	}
	if len(pkgs) == 0 {
		return problems, nil
	}
	// goimports adds the imports, as GoNB has it do; the files are then
	// written again with those imports and the cells' own text, line for
	// line (goimports also formats, which can join blank lines).
	files := make([]string, len(pkgs))
	for i, k := range pkgs {
		files[i] = k.file
	}
	if out, err := goCommand(repo, append([]string{"tool", "goimports", "-w"}, files...)...); err != nil {
		return nil, fmt.Errorf("goimports: %v\n%s", err, out)
	}
	for _, k := range pkgs {
		imports, err := fileImports(k.file)
		if err != nil {
			return nil, fmt.Errorf("reading goimports' output: %w", err)
		}
		src := k.prog.render(imports)
		if err := os.WriteFile(k.file, src, 0o644); err != nil {
			return nil, err
		}
		problems[k.path] = append(problems[k.path], styleProblems(src)...)
	}
	out, err := goCommand(tmp, "vet", "./...")
	var unplaced []string
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := vetLine.FindStringSubmatch(line)
		if m == nil {
			unplaced = append(unplaced, line)
			continue
		}
		i, _ := strconv.Atoi(m[1])
		if i >= len(pkgs) {
			unplaced = append(unplaced, line)
			continue
		}
		where := "the assembled program: " + m[2]
		if m[3] != "" {
			where = fmt.Sprintf("cell %s line %s", m[3], m[4])
		}
		problems[pkgs[i].path] = append(problems[pkgs[i].path], fmt.Sprintf("%s: go vet: %s", where, m[5]))
	}
	if err != nil && len(unplaced) > 0 {
		return problems, fmt.Errorf("go vet: %v\n%s", err, strings.Join(unplaced, "\n"))
	}
	return problems, nil
}

// vetLine is a line of go vet's output about one of the packages:
// "vet: p3/gonb-cell-12:4:2: message" (the vet: prefix for type errors).
var vetLine = regexp.MustCompile(`^(?:vet: )?(?:\S*/)?p(\d+)/(` + gonbLinePrefix + `(\d+):(\d+)(?::\d+)?|[^:]+:\d+(?::\d+)?): (.*)$`)

// writeVetModule makes dir a Go module that requires the course's module
// as a notebook's does: replaced by the repository, with its go.sum.
func writeVetModule(dir, repo string) error {
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		return err
	}
	mod := fmt.Sprintf("module gonbvet\n\ngo 1.26.0\n\nrequire gomlp.dev v0.0.0\n\nreplace gomlp.dev => %s\n", strconv.Quote(repo))
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
}

// goCommand runs the go command in dir, offline, and returns its output.
func goCommand(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	return cmd.CombinedOutput()
}

// fileImports returns the import specs of a Go file.
func fileImports(path string) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
	if err != nil {
		return nil, err
	}
	var specs []string
	for _, s := range f.Imports {
		if s.Name != nil {
			specs = append(specs, s.Name.Name+" "+s.Path.Value)
		} else {
			specs = append(specs, s.Path.Value)
		}
	}
	return specs, nil
}

// goSyntaxProblems turns a parse error of an assembled file into problems
// naming cell and line.
func goSyntaxProblems(err error) []string {
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return []string{"Go syntax error: " + err.Error()}
	}
	var out []string
	for _, e := range list {
		if n, ok := strings.CutPrefix(e.Pos.Filename, gonbLinePrefix); ok {
			out = append(out, fmt.Sprintf("cell %s line %d: Go syntax error: %s", n, e.Pos.Line, e.Msg))
		} else {
			out = append(out, fmt.Sprintf("line %d of the assembled program: Go syntax error: %s", e.Pos.Line, e.Msg))
		}
		if len(out) == 3 {
			break
		}
	}
	return out
}

// shadowable are the standard packages a notebook's code uses, which GoNB
// imports by itself: a top-level name equal to one hides the package from
// every later cell (a func named errors, a var named math).
var shadowable = map[string]bool{
	"bytes": true, "cmp": true, "errors": true, "fmt": true, "io": true, "maps": true, "math": true,
	"os": true, "rand": true, "slices": true, "sort": true, "strconv": true, "strings": true,
	"sync": true, "time": true, "flag": true, "log": true,
}

// styleProblems finds, in an assembled file, a top-level name that hides a
// standard package and a map[bool]T{…}[cond] used in place of an if.
func styleProblems(src []byte) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.SkipObjectResolution)
	if err != nil {
		return nil // go vet reports it
	}
	var out []string
	at := func(pos token.Pos) string {
		p := fset.Position(pos)
		if n, ok := strings.CutPrefix(p.Filename, gonbLinePrefix); ok {
			return fmt.Sprintf("cell %s line %d", n, p.Line)
		}
		return fmt.Sprintf("line %d", p.Line)
	}
	shadows := func(id *ast.Ident) {
		if shadowable[id.Name] {
			out = append(out, fmt.Sprintf("%s: %s hides the standard package %s from every later cell: rename it", at(id.Pos()), id.Name, id.Name))
		}
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				shadows(d.Name)
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					shadows(s.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						shadows(n)
					}
				}
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		ix, ok := n.(*ast.IndexExpr)
		if !ok {
			return true
		}
		if lit, ok := ix.X.(*ast.CompositeLit); ok {
			if mt, ok := lit.Type.(*ast.MapType); ok {
				if key, ok := mt.Key.(*ast.Ident); ok && key.Name == "bool" {
					out = append(out, fmt.Sprintf("%s: map[bool]…{…}[cond] chooses a value: write an if", at(ix.Pos())))
				}
			}
		}
		return true
	})
	return out
}
