package lock

import "fmt"

// LockServer for the instrumentation test (structural only when no Go toolchain is installed).
type LockServer struct {
	owner string
	queue []string
}

func (s *LockServer) Request(client string) bool {
	if client == s.owner {
		return false
	}
	s.queue = append(s.queue, client)
	return true
}

// Grant() { is mentioned in this comment }
func (s *LockServer) Grant() (ok bool, err error) {
	if s.owner != "" || len(s.queue) == 0 {
		return false, fmt.Errorf("no grant: } %s", `raw { string`)
	}
	s.owner, s.queue = s.queue[0], s.queue[1:]
	return true, nil
}

func release(s *LockServer, client string) {
	if s.owner == client {
		s.owner = ""
	}
}

func caller(s *LockServer) {
	s.Grant()
	release(s, "c1")
}
