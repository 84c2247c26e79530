package specula.tla;
