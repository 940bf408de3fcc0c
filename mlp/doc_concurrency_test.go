package mlp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestConcurrencyDocumented: the doc comments of Network, Train and Predict
// each state the concurrency rule (Train beside Predict on one network is
// a data race; train a Clone), where a reader of one of them sees it, not
// only in the package doc (issue 18). TestConcurrentReaders checks the
// patterns they promise are safe.
func TestConcurrencyDocumented(t *testing.T) {
	fset := token.NewFileSet()
	docs := map[string]string{}
	for _, file := range []string{"network.go", "train.go", "forward.go"} {
		f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				docs[d.Name.Name] = d.Doc.Text()
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if ts, ok := spec.(*ast.TypeSpec); ok {
						docs[ts.Name.Name] = d.Doc.Text() + ts.Doc.Text()
					}
				}
			}
		}
	}
	for _, name := range []string{"Network", "Train", "Predict"} {
		doc := strings.Join(strings.Fields(docs[name]), " ")
		for _, want := range []string{"data race", "Clone"} {
			if !strings.Contains(doc, want) {
				t.Errorf("the doc comment of %s does not say %q:\n%s", name, want, docs[name])
			}
		}
	}
}
