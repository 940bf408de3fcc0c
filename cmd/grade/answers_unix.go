//go:build unix

package main

import (
	"os"
	"os/exec"
	"time"
)

// answerChannel is the pipe a process writes its answers to: its file
// descriptor 3 (grading.AnswerFD), apart from its stdout and stderr.
type answerChannel struct {
	r, w *os.File
	data chan []byte
	over bool
}

func openAnswers(cmd *exec.Cmd) (*answerChannel, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd.ExtraFiles = []*os.File{w}
	return &answerChannel{r: r, w: w, data: make(chan []byte, 1)}, nil
}

// started closes the grader's copy of the writing end and reads the pipe.
func (a *answerChannel) started() {
	a.w.Close()
	go func() {
		b, over := readCapped(a.r, answerCap)
		a.over = over
		a.data <- b
	}()
}

// collect returns what was written, once the process has ended: at once
// when nothing else holds the pipe (a sandbox ends with its process), after
// half a second otherwise (something the process started keeps it open).
func (a *answerChannel) collect() ([]byte, bool) {
	select {
	case b := <-a.data:
		return b, a.over
	case <-time.After(500 * time.Millisecond):
		a.r.Close()
		b := <-a.data
		return b, a.over
	}
}

func (a *answerChannel) close() {
	a.r.Close()
	a.w.Close()
}
