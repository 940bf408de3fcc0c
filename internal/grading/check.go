package grading

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Forbidden lists the import paths (and path prefixes ending in "/") no
// exercise may use: the course's own packages hold the answers, "unsafe"
// and cgo reach memory and code the type system keeps apart.
var Forbidden = []string{"gomlp.dev/", "unsafe", "C"}

// forbiddenDirectives reach code or files without an import: a linkname
// binds a function to any symbol of the program (the reference code of the
// tests, the harness's variables); an embed reads files beside the code.
var forbiddenDirectives = []string{"//go:linkname", "//go:embed", "//go:cgo_"}

// CheckPackage parses the non-test .go files of an exercise's folder and
// returns an error naming the first thing a submission may not hold: a
// syntax error, files of two packages (or of package main), an
// import of Forbidden, one that allowed rejects (allowed nil: any other
// import), or a forbidden directive. Messages name files relative to the
// folder, as "exercise threshold must not import gomlp.dev/mlp (threshold.go)".
func CheckPackage(dir, exercise string, allowed func(path string) bool) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	pkgName, pkgFile := "", ""
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		base := filepath.Base(f)
		src, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("exercise %s: %s: %v", exercise, base, err)
		}
		af, err := parser.ParseFile(token.NewFileSet(), base, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("exercise %s: %v", exercise, err)
		}
		if pkgName == "" {
			pkgName, pkgFile = af.Name.Name, base
		} else if af.Name.Name != pkgName {
			return fmt.Errorf("exercise %s: %s is package %s, %s is package %s: one folder holds one package", exercise, pkgFile, pkgName, base, af.Name.Name)
		}
		if af.Name.Name == "main" {
			return fmt.Errorf("exercise %s: %s is package main: keep the package clause of the stub (package %s)", exercise, base, exercise)
		}
		for _, im := range af.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			if isForbidden(path) {
				return fmt.Errorf("exercise %s must not import %s (%s): write the code yourself", exercise, path, base)
			}
			if allowed != nil && !allowed(path) {
				return fmt.Errorf("exercise %s imports %s (%s): only the standard library and gonum are available", exercise, path, base)
			}
		}
		if d := directive(af); d != "" {
			return fmt.Errorf("exercise %s: %s holds a %s directive, which submissions may not use", exercise, base, d)
		}
	}
	return nil
}

func isForbidden(path string) bool {
	for _, bad := range Forbidden {
		if path == bad || path == strings.TrimSuffix(bad, "/") || (strings.HasSuffix(bad, "/") && strings.HasPrefix(path, bad)) {
			return true
		}
	}
	return false
}

// directive returns the first forbidden directive in a file's comments.
func directive(af *ast.File) string {
	for _, g := range af.Comments {
		for _, c := range g.List {
			for _, d := range forbiddenDirectives {
				if strings.HasPrefix(c.Text, d) {
					return d
				}
			}
		}
	}
	return ""
}
