

   
# expect: EmptyDockerfile @1:1
