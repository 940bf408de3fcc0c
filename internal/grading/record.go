package grading

import (
	"encoding/json"
	"os"
	"runtime/debug"
	"sync"
)

// Environment variables the grader sets for one run of a test binary.
const (
	EnvFile  = "GOMLP_GRADE_FILE"
	EnvNonce = "GOMLP_GRADE_NONCE"
	// EnvStrict makes a "not implemented" test fail instead of skip.
	EnvStrict = "GOMLP_STRICT"
	// EnvTimeout is the per-test time limit as a Go duration ("10s").
	EnvTimeout = "GOMLP_GRADE_TIMEOUT"
)

// Record is one line of the results file: a test's outcome. Test "" with
// Status "started" says the test binary got as far as Run (init succeeded).
type Record struct {
	Nonce    string `json:"nonce"`
	Exercise string `json:"exercise"`
	Test     string `json:"test"`
	Status   string `json:"status"`
	Message  string `json:"message,omitempty"`
}

// Status values of a Record.
const (
	StatusPass    = "pass"
	StatusFail    = "fail"
	StatusNotImpl = "not implemented"
	StatusStarted = "started"
)

var (
	recMu   sync.Mutex
	recFile *os.File
	nonce   string
	strict  bool
)

func init() {
	path, n := os.Getenv(EnvFile), os.Getenv(EnvNonce)
	os.Unsetenv(EnvFile)
	os.Unsetenv(EnvNonce)
	strict = os.Getenv(EnvStrict) == "1"
	if path == "" || n == "" {
		return
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return
	}
	recFile, nonce, strict = f, n, true
	// under the grader, infinite recursion ends at 16 MiB of stack, not 1 GiB
	debug.SetMaxStack(16 << 20)
}

// graded reports whether a grader is listening.
func graded() bool { return recFile != nil }

// write appends one record to the grader's file (nothing without a grader).
func write(r Record) {
	recMu.Lock()
	defer recMu.Unlock()
	if recFile == nil {
		return
	}
	r.Nonce = nonce
	r.Message = Cap(r.Message, MessageCap)
	b, _ := json.Marshal(r)
	recFile.Write(append(b, '\n'))
}

// MessageCap is the longest message kept, in runes.
const MessageCap = 400

// Cap shortens s to at most n runes, marking the cut with "…".
func Cap(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
