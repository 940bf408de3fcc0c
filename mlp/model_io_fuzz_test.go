package mlp

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzLoad feeds Load arbitrary bytes: it must never panic, every error must
// start with "mlp: ", and whatever it accepts must be a usable network that
// saves and loads back to the same text. The seed corpus is checked in
// under testdata/fuzz/FuzzLoad; run the fuzzer with
//
//	go test ./mlp -run '^$' -fuzz FuzzLoad -fuzztime 200000x
func FuzzLoad(f *testing.F) {
	_, text := savedModel(f)
	f.Add(text)
	f.Add([]byte(`{"format": "gomlp.dev/mlp network", "version": 1, "sizes": [1,1], "activations": ["identity"], "loss": "mse", "layers": [{"W": [[2]], "b": [0.5]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		net, err := Load(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "mlp: ") {
				t.Fatalf("error %q lacks the mlp: prefix", err)
			}
			return
		}
		if err := net.check(); err != nil {
			t.Fatalf("Load accepted a malformed network: %v", err)
		}
		var once, twice bytes.Buffer
		if err := net.Save(&once); err != nil {
			t.Fatalf("Save of a loaded network: %v", err)
		}
		again, err := Load(bytes.NewReader(once.Bytes()))
		if err != nil {
			t.Fatalf("Load of a saved network: %v", err)
		}
		if err := again.Save(&twice); err != nil || !bytes.Equal(once.Bytes(), twice.Bytes()) {
			t.Fatalf("save → load → save changed the text (%v)", err)
		}
	})
}
