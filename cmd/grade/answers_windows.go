//go:build windows

package main

import (
	"os"
	"os/exec"

	"gomlp.dev/internal/grading"
)

// answerChannel is the file a process writes its answers to (Windows has
// no file descriptor 3 for a child): its path is in the environment.
type answerChannel struct{ path string }

func openAnswers(cmd *exec.Cmd) (*answerChannel, error) {
	f, err := os.CreateTemp("", "gomlp-answers-")
	if err != nil {
		return nil, err
	}
	f.Close()
	cmd.Env = append(cmd.Env, grading.EnvAnswerFile+"="+f.Name())
	return &answerChannel{f.Name()}, nil
}

func (a *answerChannel) started() {}

func (a *answerChannel) collect() ([]byte, bool) {
	f, err := os.Open(a.path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	return readCapped(f, answerCap)
}

func (a *answerChannel) close() { os.Remove(a.path) }
