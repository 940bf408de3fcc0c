package grading

import (
	"encoding/gob"
	"fmt"
	"os"
	"runtime/debug"
)

// Request is what the grader sends an answering process on its stdin: one
// test's calls. A Request without a Test is a probe: the process answers
// one Reply with Index −1 once its packages have initialised.
type Request struct {
	Exercise string
	Test     string
	Calls    []byte
}

// AnswerFD is the file descriptor an answering process writes its Replies
// to (a gob stream), apart from the stdout and stderr the student's code
// may print to. On Windows, which has none, EnvAnswerFile names a file.
const (
	AnswerFD      = 3
	EnvAnswerFile = "GOMLP_ANSWER_FILE"
)

// Answerer answers the calls of one exercise with one implementation.
type Answerer interface {
	exercise() string
	answer(test string, calls []byte, emit func(Reply)) error
}

// Bind pairs a suite with the functions that answer it (the student's, or
// the reference's). The grader generates the code that calls it.
func Bind[I any](s Suite[I], impl I) Answerer { return bound[I]{s, impl} }

type bound[I any] struct {
	s    Suite[I]
	impl I
}

func (b bound[I]) exercise() string { return b.s.Exercise }

func (b bound[I]) answer(test string, calls []byte, emit func(Reply)) error {
	t, err := b.s.find(test)
	if err != nil {
		return err
	}
	return t.answer(b.impl, calls, emit)
}

// Serve is the main function of an answering process: it reads one Request
// from stdin and writes one Reply per call to file descriptor 3.
func Serve(answerers ...Answerer) {
	var req Request
	if err := gob.NewDecoder(os.Stdin).Decode(&req); err != nil {
		fail("no request on stdin: %v", err)
	}
	out := os.NewFile(AnswerFD, "answers")
	if path := os.Getenv(EnvAnswerFile); path != "" {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			fail("%v", err)
		}
		out = f
	}
	// an infinite recursion ends at 16 MiB of stack, not 1 GiB
	debug.SetMaxStack(16 << 20)
	enc := gob.NewEncoder(out)
	if req.Test == "" {
		enc.Encode(Reply{Index: -1})
		return
	}
	for _, a := range answerers {
		if a.exercise() != req.Exercise {
			continue
		}
		// a reply that cannot be written is a missing answer for the grader
		if err := a.answer(req.Test, req.Calls, func(r Reply) { enc.Encode(r) }); err != nil {
			fail("%v", err)
		}
		return
	}
	fail("exercise %q is not in this program", req.Exercise)
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "answer: "+format+"\n", args...)
	os.Exit(3)
}
