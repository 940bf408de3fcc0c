package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// notebookServer is a Jupyter Notebook server on 127.0.0.1.
type notebookServer struct {
	cmd   *exec.Cmd
	base  string // http://127.0.0.1:PORT
	token string
	root  string // the folder it serves: the repository
	log   *bytes.Buffer
	once  sync.Once
	// stopFn interrupts the server, kills it if it lingers, and stops the
	// kernels it started.
	stopFn func()
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func startServer(o options) (*notebookServer, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	tok := make([]byte, 16)
	rand.Read(tok)
	s := &notebookServer{base: "http://127.0.0.1:" + strconv.Itoa(port), token: hex.EncodeToString(tok),
		root: o.repo, log: &bytes.Buffer{}}
	runtimeDir, err := os.MkdirTemp("", "nbrun-jupyter-")
	if err != nil {
		return nil, err
	}
	args := []string{"-m", "notebook", "--no-browser", "--ip=127.0.0.1", "--port=" + strconv.Itoa(port),
		"--port-retries=0", "--notebook-dir=" + o.repo,
		"--NotebookApp.token=" + s.token, "--NotebookApp.open_browser=False",
		"--MappingKernelManager.default_kernel_name=" + o.kernel}
	if os.Geteuid() == 0 {
		args = append(args, "--allow-root")
	}
	name, args := ahead(o.python, args...)
	s.cmd = ownedCommand(name, args...)
	s.cmd.Env = append(s.cmd.Env, "GOPROXY=off", "GOTOOLCHAIN=local", "JUPYTER_RUNTIME_DIR="+runtimeDir)
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	s.cmd.Dir = o.repo
	if err := s.cmd.Start(); err != nil {
		os.RemoveAll(runtimeDir)
		return nil, fmt.Errorf("starting the Notebook server: %w", err)
	}
	trackCmd(s.cmd.Process.Pid, true)
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	stopped := false
	s.stopFn = func() {
		if !stopped {
			stopped = true
			s.cmd.Process.Signal(syscall.SIGTERM) // the server shuts its kernels down
			select {
			case <-exited:
			case <-time.After(3 * time.Second):
				s.cmd.Process.Kill()
				<-exited
			}
			trackCmd(s.cmd.Process.Pid, false)
		}
		killTree(2 * time.Second)
		os.RemoveAll(runtimeDir)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(s.base + "/api/status?token=" + s.token)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return s, nil
			}
		}
		select {
		case err := <-exited:
			exited <- err
			s.stop()
			return nil, fmt.Errorf("the Notebook server ended (%v):\n%s", err, lastLines(s.log.String(), 15))
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("the Notebook server did not answer in 60s:\n%s", lastLines(s.log.String(), 15))
		}
	}
}

func (s *notebookServer) stop() { s.once.Do(s.stopFn) }

// closeSession shuts down the kernel that the page of a notebook started.
func (s *notebookServer) closeSession(abs string) {
	relPath, _ := filepath.Rel(s.root, abs)
	resp, err := http.Get(s.base + "/api/sessions?token=" + s.token)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var sessions []struct {
		ID   string `json:"id"`
		Path string `json:"path"`
	}
	json.NewDecoder(resp.Body).Decode(&sessions)
	for _, se := range sessions {
		if se.Path != filepath.ToSlash(relPath) {
			continue
		}
		req, _ := http.NewRequest(http.MethodDelete, s.base+"/api/sessions/"+se.ID+"?token="+s.token, nil)
		if r, err := http.DefaultClient.Do(req); err == nil {
			r.Body.Close()
		}
	}
}

func (s *notebookServer) url(abs string) string {
	relPath, _ := filepath.Rel(s.root, abs)
	return s.base + "/notebooks/" + filepath.ToSlash(relPath) + "?token=" + s.token
}

// readLimited reads a file the check compares with a page, up to 4 MiB.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 4<<20))
}
