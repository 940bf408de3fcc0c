package grading

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Forbidden lists the import paths (and path prefixes ending in "/") no
// exercise may use: they hold the answers.
var Forbidden = []string{"gomlp.dev/mlp", "gomlp.dev/solutions/", "gomlp.dev/internal/", "gomlp.dev/exercises/"}

// CheckImports parses the non-test .go files in dir and returns an error
// naming the first forbidden import, such as
// "exercise threshold must not import gomlp.dev/mlp (threshold.go)".
func CheckImports(dir, exercise string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("exercise %s: %v", exercise, err)
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
		if err != nil {
			return fmt.Errorf("exercise %s: %v", exercise, err)
		}
		for _, im := range af.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			for _, bad := range Forbidden {
				if path == bad || path == strings.TrimSuffix(bad, "/") || (strings.HasSuffix(bad, "/") && strings.HasPrefix(path, bad)) || strings.HasPrefix(path, bad+"/") {
					return fmt.Errorf("exercise %s must not import %s (%s): write the code yourself", exercise, path, filepath.Base(f))
				}
			}
		}
	}
	return nil
}
