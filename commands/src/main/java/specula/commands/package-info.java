package specula.commands;
