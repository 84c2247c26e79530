------------------------------ MODULE IOUtils ------------------------------
(***************************************************************************)
(* Process execution, environment access and (de)serialization.  Every     *)
(* operator has side effects or depends on the outside world, so the       *)
(* engine implements them natively; the bodies state the result's shape.   *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL INSTANCE SequencesExt

LOCAL ExecResult == [exitValue : Int, stdout : STRING, stderr : STRING]

\* Writes val to the file in the checker's binary format; equals TRUE.
IOSerialize(val, absoluteFilename, compress) == TRUE

\* The value stored in the file by IOSerialize.
IODeserialize(absoluteFilename, compressed) == CHOOSE val : TRUE

\* Writes value to dest with the serializer named by options.format.
Serialize(value, dest, options) == CHOOSE r \in ExecResult : TRUE

\* Reads a value from src with the deserializer named by options.format.
Deserialize(src, options) == CHOOSE val : TRUE

----------------------------------------------------------------------------

\* Runs the program command[1] with arguments command[2], command[3], ...
IOExec(command) == CHOOSE r \in ExecResult : TRUE

\* IOExec with the extra environment variables env (a set of pairs).
IOEnvExec(env, command) == CHOOSE r \in ExecResult : TRUE

\* IOExec after substituting parameters into the printf-style template.
IOExecTemplate(commandTemplate, parameters) == CHOOSE r \in ExecResult : TRUE

IOEnvExecTemplate(env, commandTemplate, parameters) ==
  CHOOSE r \in ExecResult : TRUE

\* The process environment as a record from variable names to values.
IOEnv == CHOOSE env \in [STRING -> STRING] : TRUE

\* The integer written in decimal in str.
atoi(str) == CHOOSE i \in Int : ToString(i) = str

\* The decimal text of n padded on the left with zeros to width characters.
zeroPadN(n, width) ==
  LET digits == ToString(n)
      zeros == [i \in 1 .. (width - Len(digits)) |-> "0"]
  IN  FoldLeft(LAMBDA acc, z : acc \o z, "", zeros) \o digits

============================================================================
