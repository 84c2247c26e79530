package lock

// Server grants a single lock to one client at a time.
type Server struct {
	holder  int // 0 when free
	waiting []int
}

// Acquire grants the lock to c when it is free, otherwise queues c.
func (s *Server) Acquire(c int) {
	if s.holder == 0 {
		s.holder = c
	} else {
		s.waiting = append(s.waiting, c)
	}
}

// Release hands the lock to the first waiting client, if any.
func (s *Server) Release(c int) {
	if s.holder != c {
		return
	}
	if len(s.waiting) > 0 {
		s.holder = s.waiting[0]
		s.waiting = s.waiting[1:]
	} else {
		s.holder = 0
	}
}
